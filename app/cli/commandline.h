#pragma once

#include <QStringList>

class QTextStream;

namespace Annals::Cli {

/// A headless command: runs on core calls alone, before any window exists.
struct Command
{
    const char *name;
    const char *synopsis; ///< one line: "annals data [--csv FILE]"
    bool needsGui; ///< renders widgets (offscreen), so needs a QApplication
    /// \a arguments excludes the program and the command name. Returns the exit status.
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

/// The command named \a name, or nullptr when \a name is not a command (e.g. a file to open).
const Command *findCommand(const QString &name);
/// "Usage:" text listing every command.
QString usage();
/*!
 * Flushes \a out (standard output) and returns \a status, or 1 with a message on \a err when
 * the output could not be written (a full disk, a closed pipe, /dev/full): a command whose
 * output was lost must not report success.
 */
int finishStandardOutput(QTextStream &out, QTextStream &err, int status);

} // namespace Annals::Cli
