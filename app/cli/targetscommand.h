#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Annals::Cli {

/*!
 * annals targets [PROJECT.annals] [--indicator ID]... [--format csv|json] [-o FILE]
 *                [--vintage first|revised] [--tolerance PP]
 *
 * One row per target of the project (the embedded dataset without one), judged by
 * TargetEvaluator. Exit status: 0 written; 1 the project could not be read or the output
 * could not be written; 2 bad usage.
 */
class TargetsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Cli::TargetsCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usageText();
};

int runTargetsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Annals::Cli
