#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Annals {

/// A command of annals: Cli::runDataCommand, runCountCommand, runExportCommand…
using CommandFunction = int (*)(const QStringList &, QTextStream &, QTextStream &);

/// Runs \a command on \a arguments, as `annals NAME ARGUMENTS...` would; what it prints on
/// standard output and standard error ends up in \a out and \a err. Returns the exit status.
inline int runCommand(CommandFunction command, const QStringList &arguments, QString *out,
                      QString *err)
{
    QTextStream outStream(out);
    QTextStream errStream(err);
    const int status = command(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return status;
}

} // namespace Annals
