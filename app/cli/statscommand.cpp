#include "statscommand.h"

#include "csvwriter.h"
#include "plantarget.h"
#include "projectloader.h"
#include "rangestatistics.h"
#include "commandline.h"
#include "safewriter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>

namespace Annals::Cli {

namespace {

int fail(QTextStream &err, const QString &message, int status)
{
    err << QStringLiteral("annals stats: ") << message << Qt::endl;
    return status;
}

std::optional<std::pair<int, int>> parseYears(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int first = match.captured(1).toInt();
    const int last = match.captured(2).toInt();
    if (first < 1900 || last > 2100 || first > last)
        return std::nullopt;
    return std::make_pair(first, last);
}

// "13", "13th", "13th-fyp" (any case): the plan's number; nullopt for anything else.
std::optional<int> parsePlan(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})(st|nd|rd|th)?(-?fyp)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

// Rounded so that 1023.47 does not come out as 1023.4700000000001; no trailing zeros.
QString text(std::optional<double> value, int decimals)
{
    if (!value)
        return {};
    const double factor = std::pow(10.0, decimals);
    return QString::number(std::round(*value * factor) / factor, 'g', 15);
}

QString text(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

QJsonValue json(std::optional<double> value, int decimals)
{
    if (!value)
        return QJsonValue::Null;
    const double factor = std::pow(10.0, decimals);
    return std::round(*value * factor) / factor;
}

QJsonValue json(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

constexpr int valueDecimals = 6;
constexpr int percentDecimals = 4;

QStringList planHeader()
{
    return {QStringLiteral("plan"), QStringLiteral("plan_target_pct"),
            QStringLiteral("plan_outcome_pct"), QStringLiteral("plan_outcome_vintage"),
            QStringLiteral("plan_status"), QStringLiteral("plan_gap_pp")};
}

QStringList planFields(const Period &period, const std::optional<PlanTarget> &target)
{
    QStringList fields{QString::number(period.plan), QString(), QString(), QString(),
                       QString(), QString()};
    if (!target)
        return fields;
    if (target->target.kind != TargetKind::None)
        fields[1] = text(target->target.low, percentDecimals);
    if (const std::optional<TargetOutcome> &outcome = target->evaluation.outcome) {
        fields[2] = text(outcome->value, percentDecimals);
        fields[3] = outcomeVintageId(outcome->vintage);
    }
    fields[4] = targetStatusId(target->evaluation.status);
    fields[5] = text(target->evaluation.gap, percentDecimals);
    return fields;
}

QByteArray csvText(const QList<RangeStatistics> &rows, const Period *plan,
                   const std::optional<PlanTarget> &target)
{
    CsvWriter csv;
    QStringList header{QStringLiteral("series"), QStringLiteral("vintage"),
                       QStringLiteral("from"), QStringLiteral("to"),
                       QStringLiteral("first_value"), QStringLiteral("last_value"),
                       QStringLiteral("change"), QStringLiteral("change_pct"),
                       QStringLiteral("cagr_pct"), QStringLiteral("avg_growth_pct"),
                       QStringLiteral("years"), QStringLiteral("flags"),
                       QStringLiteral("note")};
    if (plan)
        header += planHeader();
    csv.addRow(header);
    for (const RangeStatistics &row : rows) {
        const bool any = row.firstYear.has_value();
        QStringList fields{row.seriesId, vintageId(row.vintage), text(row.firstYear),
                           text(row.lastYear), text(row.firstValue, valueDecimals),
                           text(row.lastValue, valueDecimals), text(row.change, valueDecimals),
                           text(row.changePct, percentDecimals),
                           text(row.cagrPct, percentDecimals),
                           text(row.averageGrowthPct, percentDecimals),
                           any ? QString::number(row.years) : QString(), row.flagIds(),
                           row.note()};
        if (plan)
            fields += planFields(*plan, target);
        csv.addRow(fields);
    }
    return csv.text().toUtf8();
}

QJsonArray flagArray(const RangeStatistics &row)
{
    const QString ids = row.flagIds();
    return QJsonArray::fromStringList(ids.isEmpty() ? QStringList()
                                                    : ids.split(QLatin1Char(';')));
}

QJsonObject planJson(const Period &period, const std::optional<PlanTarget> &target)
{
    QJsonObject object{{QStringLiteral("plan"), period.plan},
                       {QStringLiteral("name_en"), period.nameEn},
                       {QStringLiteral("name_zh"), period.nameZh},
                       {QStringLiteral("from"), period.firstYear},
                       {QStringLiteral("to"), period.lastYear}};
    if (!target)
        return object;
    const TargetEvaluation &evaluation = target->evaluation;
    QJsonObject judged{
        {QStringLiteral("indicator"), target->target.indicatorId},
        {QStringLiteral("year"), target->target.year},
        {QStringLiteral("kind"), targetKindId(target->target.kind)},
        {QStringLiteral("target_low"), json(target->target.low, percentDecimals)},
        {QStringLiteral("target_high"), json(target->target.high, percentDecimals)},
        {QStringLiteral("outcome"),
         evaluation.outcome ? json(evaluation.outcome->value, percentDecimals)
                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("outcome_vintage"),
         evaluation.outcome ? QJsonValue(outcomeVintageId(evaluation.outcome->vintage))
                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), targetStatusId(evaluation.status)},
        {QStringLiteral("gap_pp"), json(evaluation.gap, percentDecimals)},
        {QStringLiteral("target_phrase"), target->target.phrase},
        {QStringLiteral("source"), target->target.source}};
    object.insert(QStringLiteral("rd_intensity_target"), judged);
    return object;
}

QByteArray jsonText(const QList<RangeStatistics> &rows, int from, int to, const Period *plan,
                    const std::optional<PlanTarget> &target)
{
    QJsonArray array;
    for (const RangeStatistics &row : rows) {
        QJsonArray execution;
        for (const RangeStatistics::ExecutionRate &rate : row.executionRates) {
            execution.append(QJsonObject{{QStringLiteral("year"), rate.year},
                                         {QStringLiteral("budget"), rate.budget},
                                         {QStringLiteral("actual"), rate.actual},
                                         {QStringLiteral("rate_pct"),
                                          json(rate.ratePct, percentDecimals)}});
        }
        QJsonObject object{
            {QStringLiteral("series"), row.seriesId},
            {QStringLiteral("vintage"), vintageId(row.vintage)},
            {QStringLiteral("from"), json(row.firstYear)},
            {QStringLiteral("to"), json(row.lastYear)},
            {QStringLiteral("first_value"), json(row.firstValue, valueDecimals)},
            {QStringLiteral("last_value"), json(row.lastValue, valueDecimals)},
            {QStringLiteral("change"), json(row.change, valueDecimals)},
            {QStringLiteral("change_pct"), json(row.changePct, percentDecimals)},
            {QStringLiteral("cagr_pct"), json(row.cagrPct, percentDecimals)},
            {QStringLiteral("avg_growth_pct"), json(row.averageGrowthPct, percentDecimals)},
            {QStringLiteral("years"),
             row.firstYear ? QJsonValue(row.years) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("flags"), flagArray(row)},
            {QStringLiteral("note"), row.note()}};
        if (!execution.isEmpty()) {
            object.insert(QStringLiteral("execution"), execution);
            object.insert(QStringLiteral("average_execution_pct"),
                          json(row.averageExecutionPct, percentDecimals));
        }
        array.append(object);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("annals-stats")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("generator"),
                      QStringLiteral("annals %1 stats").arg(QLatin1String(ANNALS_VERSION))},
                     {QStringLiteral("years"), QJsonArray{from, to}},
                     {QStringLiteral("rows"), array}};
    if (plan)
        root.insert(QStringLiteral("plan"), planJson(*plan, target));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QString StatsCommand::usageText()
{
    return tr("Usage: annals stats [PROJECT.annals] (--years FROM-TO | --plan N)\n"
              "                    [--series ID]... [--format csv|json] [-o FILE]\n"
              "Range statistics of each series and vintage (default: every series of the\n"
              "embedded dataset, or of the project): first and last value, change, CAGR,\n"
              "average annual growth.\n"
              "  --years FROM-TO     the range, e.g. 2015-2020 (1900 to 2100)\n"
              "  --plan N            the years of Five-Year Plan N instead (13 or 13th), with\n"
              "                      the plan's R&D intensity target against the outcome\n"
              "  --series ID         a series to include (repeatable; default: all)\n"
              "  --format csv|json   csv (default): series,vintage,from,to,first_value,\n"
              "                      last_value,change,change_pct,cagr_pct,avg_growth_pct,\n"
              "                      years,flags,note; with --plan also plan,plan_target_pct,\n"
              "                      plan_outcome_pct,plan_outcome_vintage,plan_status,\n"
              "                      plan_gap_pp (the same on every row)\n"
              "  -o, --output FILE   write there (atomically) instead of standard output\n"
              "from and to are the first and last years of the range with a value. Change,\n"
              "CAGR and average growth are left empty, and the note says why, when FROM or TO\n"
              "has no value or a series break lies inside the range; average growth (the\n"
              "mean of the year-on-year rates) also needs a value in every year. flags lists\n"
              "the caveats of the first and last values as YEAR:flag. The note also gives the\n"
              "execution rate (actual / budget) of years with both figures.\n");
}

int StatsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption yearsOption(QStringLiteral("years"), tr("Range."), tr("FROM-TO"));
    const QCommandLineOption planOption(QStringLiteral("plan"), tr("A Five-Year Plan."),
                                        tr("N"));
    const QCommandLineOption seriesOption(QStringLiteral("series"), tr("A series."), tr("ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or json."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Output file."), tr("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Help."));
    parser.addOptions(
        {yearsOption, planOption, seriesOption, formatOption, outputOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("annals-stats")} + arguments))
        return fail(err, parser.errorText() + QLatin1Char('\n') + usageText(), 2);
    if (parser.isSet(helpOption)) {
        out << usageText();
        return 0;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(err, tr("--format must be csv or json, not \"%1\"").arg(format), 2);
    if (parser.isSet(yearsOption) == parser.isSet(planOption))
        return fail(err, tr("give either --years or --plan, e.g. --years 2015-2020"), 2);
    std::optional<std::pair<int, int>> range;
    std::optional<int> planNumber;
    if (parser.isSet(yearsOption)) {
        range = parseYears(parser.value(yearsOption));
        if (!range)
            return fail(err,
                        tr("--years must look like 2015-2020 (1900 to 2100, first ≤ last), "
                           "not \"%1\"")
                            .arg(parser.value(yearsOption)),
                        2);
    } else {
        planNumber = parsePlan(parser.value(planOption));
        if (!planNumber)
            return fail(err, tr("--plan must be a plan number such as 13 or 13th, not \"%1\"")
                                 .arg(parser.value(planOption)),
                        2);
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() > 1)
        return fail(err, tr("give at most one project file"), 2);
    const QString output = parser.value(outputOption);
    if (!output.isEmpty()) {
        if (Result<void> usable = SafeWriter::checkTarget(output, inputs); !usable)
            return fail(err, usable.error().toString(), 1);
    }

    const Result<Project> project = ProjectLoader::loadOrEmbedded(inputs.value(0));
    if (!project)
        return fail(err, project.error().toString(), 1);
    const Dataset &dataset = project.value().dataset;

    const Period *plan = nullptr;
    std::optional<PlanTarget> planTarget;
    if (planNumber) {
        plan = PlanTarget::plan(dataset, *planNumber);
        if (!plan)
            return fail(err, tr("no plan %1 in the dataset").arg(*planNumber), 2);
        range = std::make_pair(plan->firstYear, plan->lastYear);
        planTarget = PlanTarget::find(dataset, *plan,
                                      TargetEvaluator::judgingAs(project.value().view));
    }
    QList<const Series *> chosen;
    const QStringList ids = parser.values(seriesOption);
    for (const QString &id : ids) {
        const Series *series = dataset.findSeries(id);
        if (!series)
            return fail(err, tr("no series \"%1\" in the dataset; \"annals data\" lists them")
                                 .arg(id),
                        2);
        chosen.append(series);
    }
    if (ids.isEmpty()) {
        for (const Series &series : dataset.series)
            chosen.append(&series);
    }
    QList<RangeStatistics> rows;
    for (const Series *series : std::as_const(chosen))
        rows += RangeStatistics::computeAll(*series, range->first, range->second);

    const QByteArray bytes = format == QLatin1String("csv")
                                 ? csvText(rows, plan, planTarget)
                                 : jsonText(rows, range->first, range->second, plan,
                                            planTarget);
    return writeCommandOutput(QStringLiteral("stats"), output, bytes, inputs, out, err);
}

int runStatsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return StatsCommand::run(arguments, out, err);
}

} // namespace Annals::Cli
