#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

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
/// The names of every command, in the order of usage().
QStringList commandNames();
/// "Usage:" text listing every command.
QString usage();
/*!
 * The first argument among \a arguments (without the program) that is an option neither
 * Annals nor Qt's GUI knows, so that `annals --bogus` is bad usage (exit status 2) rather
 * than a window or, without a display, an abort in the platform plugin.
 */
std::optional<QString> unknownGuiOption(const QStringList &arguments);
/*!
 * \a parser's help text naming \a command ("annals data") rather than the program's path,
 * which QCommandLineParser takes from the running application.
 */
QString helpText(const QCommandLineParser &parser, const QString &command);
/*!
 * Flushes \a out (standard output) and returns \a status, or 1 with a message on \a err when
 * the output could not be written (a full disk, a closed pipe, /dev/full): a command whose
 * output was lost must not report success.
 */
int finishStandardOutput(QTextStream &out, QTextStream &err, int status);
/*!
 * Where a command's result goes: \a out when \a output is empty, else the file \a output,
 * written through SafeWriter (never over one of \a inputs). Returns the exit status: 0, or 1
 * with "annals COMMAND: reason" on \a err.
 */
int writeCommandOutput(const QString &command, const QString &output, const QByteArray &bytes,
                       const QStringList &inputs, QTextStream &out, QTextStream &err);

} // namespace Annals::Cli
