#include "rangestatistics.h"

#include "observationflag.h"

#include <cmath>

namespace Annals {

namespace {

constexpr Vintage allVintages[] = {Vintage::Budget, Vintage::Actual, Vintage::Preliminary,
                                   Vintage::Revised};

std::optional<double> chartedValue(const Series &series, int year, Vintage vintage)
{
    if (const Observation *observation = series.chartedObservation(year, vintage))
        return observation->value;
    return std::nullopt;
}

// Budget vs execution is the same series in two vintages, year by year; a break does not
// matter for a ratio within one year.
void addExecution(const Series &series, RangeStatistics &stats)
{
    double sum = 0;
    for (int year = stats.fromYear; year <= stats.toYear; ++year) {
        const std::optional<double> budget = chartedValue(series, year, Vintage::Budget);
        const std::optional<double> actual = chartedValue(series, year, Vintage::Actual);
        if (!budget || !actual || *budget <= 0)
            continue;
        const double rate = *actual / *budget * 100.0;
        stats.executionRates.append({year, *budget, *actual, rate});
        sum += rate;
    }
    if (!stats.executionRates.isEmpty())
        stats.averageExecutionPct = sum / double(stats.executionRates.size());
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QStringList valueFlags(const Series &series, int year, Vintage vintage)
{
    QStringList flags;
    if (const Observation *observation = series.chartedObservation(year, vintage)) {
        for (const QString &flag : observation->flags) {
            if (flag != ObservationFlag::growthVsPreviousActual())
                flags.append(flag);
        }
    }
    return flags;
}

// The mean of the year-on-year rates; every year of the range has a value (checked before).
void addAverageGrowth(const Series &series, RangeStatistics &stats)
{
    double sum = 0;
    for (int year = *stats.firstYear + 1; year <= *stats.lastYear; ++year) {
        const double previous = *chartedValue(series, year - 1, stats.vintage);
        const double value = *chartedValue(series, year, stats.vintage);
        if (previous <= 0) {
            stats.reasons.append(RangeStatistics::Reason::GrowthNotPositive);
            return;
        }
        sum += (value / previous - 1.0) * 100.0;
    }
    stats.averageGrowthPct = sum / stats.years;
}

} // namespace

RangeStatistics RangeStatistics::compute(const Series &series, Vintage vintage, int fromYear,
                                         int toYear)
{
    RangeStatistics stats;
    stats.seriesId = series.id;
    stats.vintage = vintage;
    stats.fromYear = std::min(fromYear, toYear);
    stats.toYear = std::max(fromYear, toYear);
    for (int year : series.breaks) {
        if (year > stats.fromYear && year <= stats.toYear)
            stats.breakYears.append(year);
    }
    if (vintage == Vintage::Actual)
        addExecution(series, stats);

    for (int year = stats.fromYear; year <= stats.toYear; ++year) {
        if (const std::optional<double> value = chartedValue(series, year, vintage)) {
            if (!stats.firstYear) {
                stats.firstYear = year;
                stats.firstValue = value;
            }
            stats.lastYear = year;
            stats.lastValue = value;
        }
    }
    if (!stats.firstYear) {
        stats.reasons.append(Reason::NoValue);
        return stats;
    }
    stats.years = *stats.lastYear - *stats.firstYear;
    stats.firstFlags = valueFlags(series, *stats.firstYear, vintage);
    stats.lastFlags = valueFlags(series, *stats.lastYear, vintage);
    if (stats.fromYear == stats.toYear)
        stats.reasons.append(Reason::SingleYear);
    if (*stats.firstYear != stats.fromYear)
        stats.reasons.append(Reason::GapAtStart);
    if (*stats.lastYear != stats.toYear)
        stats.reasons.append(Reason::GapAtEnd);
    if (!stats.breakYears.isEmpty())
        stats.reasons.append(Reason::SeriesBreak);
    if (!stats.reasons.isEmpty())
        return stats;

    const double first = *stats.firstValue;
    const double last = *stats.lastValue;
    stats.change = last - first;
    if (first != 0)
        stats.changePct = (last - first) / std::abs(first) * 100.0;
    if (first > 0 && last > 0)
        stats.cagrPct = (std::pow(last / first, 1.0 / stats.years) - 1.0) * 100.0;
    else
        stats.reasons.append(Reason::NotPositive);

    for (int year = stats.fromYear + 1; year < stats.toYear; ++year) {
        if (!chartedValue(series, year, vintage))
            stats.missingYears.append(year);
    }
    if (!stats.missingYears.isEmpty())
        stats.reasons.append(Reason::MissingYears);
    else
        addAverageGrowth(series, stats);
    return stats;
}

QList<Vintage> RangeStatistics::chartedVintages(const Series &series)
{
    QList<Vintage> vintages;
    for (Vintage vintage : allVintages) {
        for (const Observation &observation : series.observations) {
            if (observation.vintage == vintage && observation.isChartable()) {
                vintages.append(vintage);
                break;
            }
        }
    }
    return vintages;
}

QList<RangeStatistics> RangeStatistics::computeAll(const Series &series, int fromYear,
                                                   int toYear)
{
    QList<RangeStatistics> all;
    for (Vintage vintage : chartedVintages(series))
        all.append(compute(series, vintage, fromYear, toYear));
    return all;
}

QString RangeStatistics::note() const
{
    QStringList sentences;
    for (Reason reason : reasons) {
        switch (reason) {
        case Reason::NoValue:
            sentences.append(tr("no value in %1–%2").arg(fromYear).arg(toYear));
            break;
        case Reason::GapAtStart:
            sentences.append(tr("no value in %1 (the first is from %2): change, CAGR and "
                                "average growth not computed")
                                 .arg(fromYear)
                                 .arg(firstYear.value_or(0)));
            break;
        case Reason::GapAtEnd:
            sentences.append(tr("no value in %1 (the last is from %2): change, CAGR and "
                                "average growth not computed")
                                 .arg(toYear)
                                 .arg(lastYear.value_or(0)));
            break;
        case Reason::SeriesBreak: {
            QStringList list;
            for (int year : breakYears)
                list.append(QString::number(year));
            sentences.append(tr("series break in %1: the years before and after are on "
                                "different bases, so change, CAGR and average growth are not "
                                "computed")
                                 .arg(list.join(QStringLiteral(", "))));
            break;
        }
        case Reason::SingleYear:
            sentences.append(tr("a single year: no growth to compute"));
            break;
        case Reason::NotPositive:
            sentences.append(tr("CAGR needs positive first and last values"));
            break;
        case Reason::MissingYears: {
            QStringList list;
            for (int year : missingYears)
                list.append(QString::number(year));
            sentences.append(tr("no value in %1: average annual growth needs every year of "
                                "the range")
                                 .arg(list.join(QStringLiteral(", "))));
            break;
        }
        case Reason::GrowthNotPositive:
            sentences.append(tr("average annual growth needs positive values"));
            break;
        }
    }
    if (averageExecutionPct) {
        QStringList rates;
        for (const ExecutionRate &rate : executionRates)
            rates.append(tr("%1: %2%").arg(rate.year).arg(number(rate.ratePct)));
        sentences.append(tr("execution (actual / budget) %1; average %2% over %n year(s)",
                            nullptr, int(executionRates.size()))
                             .arg(rates.join(QStringLiteral(", ")), number(*averageExecutionPct)));
    }
    return sentences.join(QStringLiteral("; "));
}

QString RangeStatistics::endpointFlagNote(int year, const QStringList &flags)
{
    QStringList sentences;
    for (const QString &flag : flags)
        sentences.append(tr("%1 value: %2").arg(year).arg(ObservationFlag::describe(flag)));
    return sentences.join(QLatin1Char(' '));
}

QString RangeStatistics::flagNote() const
{
    QStringList notes;
    if (firstYear && !firstFlags.isEmpty())
        notes.append(endpointFlagNote(*firstYear, firstFlags));
    if (lastYear && lastYear != firstYear && !lastFlags.isEmpty())
        notes.append(endpointFlagNote(*lastYear, lastFlags));
    return notes.join(QLatin1Char(' '));
}

QString RangeStatistics::flagIds() const
{
    QStringList ids;
    for (const QString &flag : firstFlags)
        ids.append(QStringLiteral("%1:%2").arg(firstYear.value_or(0)).arg(flag));
    if (lastYear != firstYear) {
        for (const QString &flag : lastFlags)
            ids.append(QStringLiteral("%1:%2").arg(lastYear.value_or(0)).arg(flag));
    }
    return ids.join(QLatin1Char(';'));
}

} // namespace Annals
