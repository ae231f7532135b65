#pragma once

#include "series.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Annals {

/*!
 * \brief What one series did over a range of years: first and last value, change, CAGR,
 * average annual growth and, for a series with budget and execution figures, the execution
 * rate.
 *
 * The range is taken as the analyst gave it; endpoints are never moved silently. When FROM or
 * TO has no charted value, the first and last years that have one are reported, but change,
 * % change and CAGR are not computed: they would describe a different range. Nor are they
 * computed when a series break lies inside the range (the two ends are on different bases),
 * over a single year, or (CAGR only) from or to a value that is not positive. reasons lists
 * why, and note() says it in words.
 *
 * The average annual growth is the mean of the year-on-year growth rates inside the range. It
 * needs a value in every year (a rate over two years is not a yearly one) and, like CAGR,
 * never crosses a break.
 *
 * The caveat flags of the first and last values are kept (firstFlags, lastFlags): a CAGR
 * from a low-confidence or approximate figure is only as good as that figure. Flags about
 * the reported growth rate (growth-vs-previous-actual) say nothing about the value and are
 * left out.
 */
class RangeStatistics
{
    Q_DECLARE_TR_FUNCTIONS(Annals::RangeStatistics)

public:
    /// Why a statistic is missing.
    enum class Reason {
        NoValue,     ///< no charted value anywhere in the range
        GapAtStart,  ///< no value in FROM
        GapAtEnd,    ///< no value in TO
        SeriesBreak, ///< a break inside the range, see breakYears
        SingleYear,  ///< FROM = TO: there is no growth to compute
        NotPositive, ///< CAGR needs positive first and last values
        MissingYears, ///< a year inside the range has no value: no average annual growth
        GrowthNotPositive, ///< a year before the last is not positive: no average growth
    };

    /// One year with both a budget and an execution figure.
    struct ExecutionRate
    {
        int year = 0;
        double budget = 0;
        double actual = 0;
        double ratePct = 0; ///< actual / budget × 100

        bool operator==(const ExecutionRate &other) const = default;
    };

    QString seriesId;
    Vintage vintage = Vintage::Actual;
    int fromYear = 0; ///< as asked
    int toYear = 0;   ///< as asked
    std::optional<int> firstYear; ///< first year in the range with a charted value
    std::optional<int> lastYear;  ///< last year in the range with a charted value
    std::optional<double> firstValue;
    std::optional<double> lastValue;
    std::optional<double> change;    ///< last − first, in the series' unit
    std::optional<double> changePct; ///< change relative to the first value, in %
    std::optional<double> cagrPct;   ///< compound annual growth rate over years, in %
    std::optional<double> averageGrowthPct; ///< mean of the year-on-year growth rates, in %
    int years = 0; ///< years of growth: lastYear − firstYear (0 when unknown)
    QList<Reason> reasons;
    QList<int> breakYears; ///< breaks inside (fromYear, toYear]
    QList<int> missingYears; ///< years inside the range without a value (MissingYears)
    QStringList firstFlags; ///< caveat flags of the first value (see the class comment)
    QStringList lastFlags;  ///< caveat flags of the last value
    /// Years with budget and execution: on the Actual statistics of a series having both.
    QList<ExecutionRate> executionRates;
    std::optional<double> averageExecutionPct; ///< mean of the yearly rates

    /// Why values are missing, and the execution rates, as sentences; empty when all is there.
    QString note() const;
    /// The endpoint caveats as sentences ("2015 value: Low confidence…"); empty when none.
    QString flagNote() const;
    /// The caveats of one endpoint value as sentences; empty when \a flags is.
    static QString endpointFlagNote(int year, const QStringList &flags);
    /// The flags as "YEAR:flag" separated by ";", for files; empty when none.
    QString flagIds() const;

    /// The statistics of \a series in \a vintage over \a fromYear–\a toYear.
    static RangeStatistics compute(const Series &series, Vintage vintage, int fromYear,
                                   int toYear);
    /// One entry per vintage that has a charted value anywhere in \a series, in Vintage order.
    static QList<RangeStatistics> computeAll(const Series &series, int fromYear, int toYear);
    /// The vintages with a charted value somewhere in \a series, in Vintage order.
    static QList<Vintage> chartedVintages(const Series &series);
};

} // namespace Annals
