#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Annals::Cli {

/*!
 * annals changes OLD.txt NEW.txt [--keyword K]... [--format text|csv|json] [-o FILE]
 *
 * Exit status: 0 written; 1 an input could not be read (named on stderr) or the output could
 * not be written; 2 bad usage.
 */
class ChangesCommand
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Cli::ChangesCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usageText();
};

int runChangesCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Annals::Cli
