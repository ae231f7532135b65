// Test helper for tst_crashsafesave: saves two large projects to PATH in turn, for ever,
// through ProjectSerializer::writeFile(), until it is killed; LargeProject::make(FIRST) first.
//
//   annals_test_saveloop PATH FIRST
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
    const QByteArray first = argc == 3 ? QByteArray(argv[2]) : QByteArray();
    if (first != "0" && first != "1") {
        std::fprintf(stderr, "usage: annals_test_saveloop PATH 0|1\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int firstVariant = first.toInt();
    const Annals::Project projects[2] = {Annals::LargeProject::make(0),
                                         Annals::LargeProject::make(1)};
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = firstVariant;; ++i) {
        const Annals::Result<void> saved = Annals::ProjectSerializer::writeFile(projects[i % 2],
                                                                                path);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        std::printf("saved\n");
        std::fflush(stdout);
    }
}
