// Test helper for tst_crashsafesave: saves two large projects to PATH in turn, for ever,
// through ProjectSerializer::writeFile(), until it is killed.
//
//   annals_test_saveloop PATH
//
// Prints "ready" once both projects are built, so the test kills it while it saves, not while
// it generates texts, then "saved" after each save. Exits 1 if a save fails.

#include "largeproject.h"
#include "projectserializer.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: annals_test_saveloop PATH\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const Annals::Project projects[2] = {Annals::LargeProject::make(0),
                                         Annals::LargeProject::make(1)};
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 1;; ++i) {
        const Annals::Result<bool> saved = Annals::ProjectSerializer::writeFile(projects[i % 2],
                                                                               path);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        std::printf("saved\n");
        std::fflush(stdout);
    }
}
