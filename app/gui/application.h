#pragma once

#include "project.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>
#include <future>

namespace Annals {

class ProjectDocument;
struct RecoveryCandidate;

/// Starting Annals: identity for settings, fonts, translations, the main window.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Application)

public:
    /// Organisation, application name and version (used by QSettings and --version).
    static void setIdentity();
    /// A dark Fusion-friendly palette (ANNALS_PALETTE=dark), for desktops without a dark theme.
    static void applyDarkPalette();
    /// Runs the desktop application; returns its exit status.
    static int runGui(int &argc, char **argv);
    /*!
     * Starts reading the embedded project on a second thread, to be read while the
     * application connects to the display. Call it on the main thread before the
     * QApplication exists: it first makes this thread Qt's main thread, which is whichever
     * thread uses Qt's objects first, and the reader uses them (a file); otherwise Qt took the
     * reader for its main thread in about one launch in fifteen, and a window could stay
     * unpainted.
     */
    static std::future<Result<Project>> readEmbeddedProject();

    using RecoveryQuestion = std::function<bool(const RecoveryCandidate &)>;
    /*!
     * If a crashed session left a recovery file, asks \a question whether to restore it:
     * yes opens it as unsaved work, no deletes it. Returns true when work was restored, an
     * Error when the file could not be read (it is then kept, renamed, and not offered again).
     */
    static Result<bool> offerRecovery(ProjectDocument &document,
                                      const RecoveryQuestion &question);
};

} // namespace Annals
