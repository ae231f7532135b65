#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Annals::Cli {

/*!
 * annals new-terms TEXTS_OR_DIRS... [--year Y]... [--top N] [--dropped]
 *                  [--stop-list FILE | --no-stop-list] [--format csv|json] [-o FILE]
 *
 * Exit status: 0 written; 1 an input could not be read (named on stderr) or the output
 * could not be written; 2 bad usage.
 */
class NewTermsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Cli::NewTermsCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usageText();
};

int runNewTermsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Annals::Cli
