#pragma once

#include "result.h"

#include <QCoreApplication>

#include <functional>

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
