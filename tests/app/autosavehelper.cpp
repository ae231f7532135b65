// Test helper for tst_crashrecovery: an editing session that autosaves, then dies.
//
//   annals_test_autosave
//
// Opens the embedded project as if from AutosaveScript::originalPath(), makes the edits of
// AutosaveScript::editsBeforeAutosave(), lets Autosave's timer write the recovery file (to
// ANNALS_RECOVERY_DIR), prints "autosaved", makes one more edit and blocks until it is killed:
// a crash with unsaved work, part of it autosaved.

#include "autosave.h"
#include "autosavescript.h"

#include <QApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

#include <unistd.h>

int main(int argc, char **argv)
{
    using namespace Annals;
    QApplication app(argc, argv);
    ProjectDocument document;
    document.resetProject(AutosaveScript::startProject());
    document.setFilePath(AutosaveScript::originalPath());
    Autosave autosave(&document, 100); // the app's interval is 20 s; the timer is the same
    AutosaveScript::editsBeforeAutosave(document);

    // The metadata is written after the project file: once it exists, both do.
    const QString metadata = autosave.recoveryFilePath() + QStringLiteral(".json");
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (QFile::exists(metadata))
            app.quit();
    });
    poll.start(10);
    app.exec();

    std::printf("autosaved\n");
    std::fflush(stdout);
    AutosaveScript::editAfterAutosave(document);
    for (;;)
        pause(); // no event loop: the timer cannot save the last edit
}
