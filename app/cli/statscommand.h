#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Annals::Cli {

/*!
 * annals stats [PROJECT.annals] (--years FROM-TO | --plan N) [--series ID]...
 *              [--format csv|json] [-o FILE]
 *
 * Range statistics (RangeStatistics) of every series, or of the named ones, in each vintage
 * they have; without a project, of the embedded dataset. --plan takes a Five-Year Plan's years
 * and adds its R&D-intensity target against the outcome (PlanTarget), judged as the project's
 * Targets view judges.
 *
 * Exit status: 0 written; 1 the project could not be read or the output could not be written;
 * 2 bad usage (including a series id the dataset does not have).
 */
class StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Cli::StatsCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usageText();
};

int runStatsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Annals::Cli
