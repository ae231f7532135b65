#include "statscommand.h"

#include "csvwriter.h"
#include "datasetloader.h"
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

QByteArray csvText(const QList<RangeStatistics> &rows)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("series"), QStringLiteral("vintage"), QStringLiteral("from"),
                QStringLiteral("to"), QStringLiteral("first_value"),
                QStringLiteral("last_value"), QStringLiteral("change"),
                QStringLiteral("change_pct"), QStringLiteral("cagr_pct"),
                QStringLiteral("years"), QStringLiteral("note")});
    for (const RangeStatistics &row : rows) {
        const bool any = row.firstYear.has_value();
        csv.addRow({row.seriesId, vintageId(row.vintage), text(row.firstYear),
                    text(row.lastYear), text(row.firstValue, valueDecimals),
                    text(row.lastValue, valueDecimals), text(row.change, valueDecimals),
                    text(row.changePct, percentDecimals), text(row.cagrPct, percentDecimals),
                    any ? QString::number(row.years) : QString(), row.note()});
    }
    return csv.text().toUtf8();
}

QByteArray jsonText(const QList<RangeStatistics> &rows, int from, int to)
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
            {QStringLiteral("years"),
             row.firstYear ? QJsonValue(row.years) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("note"), row.note()}};
        if (!execution.isEmpty()) {
            object.insert(QStringLiteral("execution"), execution);
            object.insert(QStringLiteral("average_execution_pct"),
                          json(row.averageExecutionPct, percentDecimals));
        }
        array.append(object);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("annals-stats")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("generator"),
                            QStringLiteral("annals %1 stats").arg(QLatin1String(ANNALS_VERSION))},
                           {QStringLiteral("years"), QJsonArray{from, to}},
                           {QStringLiteral("rows"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QString StatsCommand::usageText()
{
    return tr("Usage: annals stats [PROJECT.annals] --years FROM-TO [--series ID]...\n"
              "                    [--format csv|json] [-o FILE]\n"
              "Range statistics of each series and vintage (default: every series of the\n"
              "embedded dataset, or of the project): first and last value, change, CAGR.\n"
              "  --years FROM-TO     the range, e.g. 2015-2020 (1900 to 2100)\n"
              "  --series ID         a series to include (repeatable; default: all)\n"
              "  --format csv|json   csv (default): series,vintage,from,to,first_value,\n"
              "                      last_value,change,change_pct,cagr_pct,years,note\n"
              "  -o, --output FILE   write there (atomically) instead of standard output\n"
              "from and to are the first and last years of the range with a value. Change and\n"
              "CAGR are left empty, and the note says why, when FROM or TO has no value or a\n"
              "series break lies inside the range; the note also gives the execution rate\n"
              "(actual / budget) of years with both figures.\n");
}

int StatsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption yearsOption(QStringLiteral("years"), tr("Range."), tr("FROM-TO"));
    const QCommandLineOption seriesOption(QStringLiteral("series"), tr("A series."), tr("ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or json."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Output file."), tr("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Help."));
    parser.addOptions({yearsOption, seriesOption, formatOption, outputOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("annals-stats")} + arguments))
        return fail(err, parser.errorText() + QLatin1Char('\n') + usageText(), 2);
    if (parser.isSet(helpOption)) {
        out << usageText();
        return 0;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(err, tr("--format must be csv or json, not \"%1\"").arg(format), 2);
    if (!parser.isSet(yearsOption))
        return fail(err, tr("--years is required, e.g. --years 2015-2020"), 2);
    const std::optional<std::pair<int, int>> range = parseYears(parser.value(yearsOption));
    if (!range)
        return fail(err,
                    tr("--years must look like 2015-2020 (1900 to 2100, first ≤ last), "
                       "not \"%1\"")
                        .arg(parser.value(yearsOption)),
                    2);
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() > 1)
        return fail(err, tr("give at most one project file"), 2);
    const QString output = parser.value(outputOption);
    if (!output.isEmpty()) {
        if (Result<void> usable = SafeWriter::checkTarget(output, inputs); !usable)
            return fail(err, usable.error().toString(), 1);
    }

    Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    if (!inputs.isEmpty()) {
        Result<Project> project = ProjectLoader::load(inputs.first());
        if (!project)
            return fail(err, project.error().toString(), 1);
        dataset = project.value().dataset;
    }
    if (!dataset)
        return fail(err, dataset.error().toString(), 1);

    QList<const Series *> chosen;
    const QStringList ids = parser.values(seriesOption);
    for (const QString &id : ids) {
        const Series *series = dataset.value().findSeries(id);
        if (!series)
            return fail(err, tr("no series \"%1\" in the dataset; \"annals data\" lists them")
                                 .arg(id),
                        2);
        chosen.append(series);
    }
    if (ids.isEmpty()) {
        for (const Series &series : dataset.value().series)
            chosen.append(&series);
    }
    QList<RangeStatistics> rows;
    for (const Series *series : std::as_const(chosen))
        rows += RangeStatistics::computeAll(*series, range->first, range->second);

    const QByteArray bytes = format == QLatin1String("csv")
                                 ? csvText(rows)
                                 : jsonText(rows, range->first, range->second);
    return writeCommandOutput(QStringLiteral("stats"), output, bytes, inputs, out, err);
}

int runStatsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return StatsCommand::run(arguments, out, err);
}

} // namespace Annals::Cli
