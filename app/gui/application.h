#pragma once

namespace Annals {

/// Starting Annals: identity for settings, fonts, translations, the main window.
class Application
{
public:
    /// Organisation, application name and version (used by QSettings and --version).
    static void setIdentity();
    /// Runs the desktop application; returns its exit status.
    static int runGui(int &argc, char **argv);
};

} // namespace Annals
