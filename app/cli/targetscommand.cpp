#include "targetscommand.h"

#include "csvwriter.h"
#include "projectloader.h"
#include "commandline.h"
#include "safewriter.h"
#include "targetevaluator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace Annals::Cli {

namespace {

int fail(QTextStream &err, const QString &message, int status)
{
    err << QStringLiteral("annals targets: ") << message << Qt::endl;
    return status;
}

QJsonValue jsonNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

const QStringList columns = {QStringLiteral("indicator"),     QStringLiteral("year"),
                             QStringLiteral("target_low"),    QStringLiteral("target_high"),
                             QStringLiteral("outcome"),       QStringLiteral("outcome_vintage"),
                             QStringLiteral("status"),        QStringLiteral("gap_pp"),
                             QStringLiteral("target_phrase"), QStringLiteral("source")};

} // namespace

QString TargetsCommand::usageText()
{
    return tr("Usage: annals targets [PROJECT.annals] [--indicator ID]... [--format csv|json]\n"
              "                      [-o FILE] [--vintage first|revised] [--tolerance PP]\n"
              "Lists the targets of the project (of the embedded dataset without one) with\n"
              "their outcome, status (met, near, missed, no-target, pending) and gap.\n"
              "  --indicator ID      only this indicator (repeatable), e.g. gdp_growth\n"
              "  --vintage V         the outcome judged: first (first release) or revised;\n"
              "                      either falls back to the other releases (default: the\n"
              "                      project's choice; first without a project)\n"
              "  --tolerance PP      how far an \"about\" target may be off and be near\n"
              "                      (default: the project's; 0.2 points without one)\n"
              "  --format csv|json   csv (default): indicator,year,target_low,target_high,\n"
              "                      outcome,outcome_vintage,status,gap_pp,target_phrase,source\n"
              "                      (gap_pp is in the indicator's unit: points for %)\n"
              "  -o, --output FILE   write there (atomically) instead of standard output\n");
}

int TargetsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption indicatorOption(QStringLiteral("indicator"), tr("An indicator."),
                                             tr("ID"));
    const QCommandLineOption vintageOption(QStringLiteral("vintage"), tr("first or revised."),
                                           tr("VINTAGE"));
    const QCommandLineOption toleranceOption(QStringLiteral("tolerance"), tr("Points."),
                                             tr("PP"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or json."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Output file."), tr("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Help."));
    parser.addOptions({indicatorOption, vintageOption, toleranceOption, formatOption,
                       outputOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("annals-targets")} + arguments))
        return fail(err, parser.errorText() + QLatin1Char('\n') + usageText(), 2);
    if (parser.isSet(helpOption)) {
        out << usageText();
        return 0;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(err, tr("--format must be csv or json, not \"%1\"").arg(format), 2);
    // Unset, both are the project's (as its Targets view judges).
    const QString vintage = parser.value(vintageOption).toLower();
    if (parser.isSet(vintageOption) && vintage != QLatin1String("first")
        && vintage != QLatin1String("revised"))
        return fail(err, tr("--vintage must be first or revised, not \"%1\"").arg(vintage), 2);
    bool ok = true;
    const double tolerance = parser.isSet(toleranceOption)
                                 ? parser.value(toleranceOption).toDouble(&ok)
                                 : 0.0;
    if (!ok || !std::isfinite(tolerance) || tolerance < 0 || tolerance > 100)
        return fail(err, tr("--tolerance needs a number of points from 0 to 100, not \"%1\"")
                             .arg(parser.value(toleranceOption)),
                    2);
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
    TargetEvaluator evaluator = TargetEvaluator::judgingAs(project.value().view);
    if (parser.isSet(vintageOption)) {
        evaluator.setPreference(vintage == QLatin1String("revised")
                                    ? TargetEvaluator::Preference::Revised
                                    : TargetEvaluator::Preference::FirstRelease);
    }
    if (parser.isSet(toleranceOption))
        evaluator.setTolerance(tolerance);

    const QStringList wanted = parser.values(indicatorOption);
    for (const QString &id : wanted) {
        if (!dataset.targetIndicator(id)) {
            QStringList known;
            for (const TargetIndicator &indicator : dataset.targetIndicators)
                known.append(indicator.id);
            return fail(err, tr("no indicator \"%1\"; the targets have: %2")
                                 .arg(id, known.isEmpty() ? tr("(none)")
                                                          : known.join(QStringLiteral(", "))),
                        2);
        }
    }

    CsvWriter csv;
    csv.addRow(columns);
    QJsonArray rows;
    for (const Target &target : dataset.targets) {
        if (!wanted.isEmpty() && !wanted.contains(target.indicatorId))
            continue;
        const TargetEvaluation evaluation = evaluator.evaluate(target);
        const std::optional<double> outcome = evaluation.outcomeValue();
        const QString outcomeVintage = evaluation.outcome
                                           ? outcomeVintageId(evaluation.outcome->vintage)
                                           : QString();
        csv.addRow({target.indicatorId, QString::number(target.year), targetNumberText(target.low),
                    targetNumberText(target.high), targetNumberText(outcome), outcomeVintage,
                    targetStatusId(evaluation.status), targetNumberText(evaluation.gap),
                    target.phrase, target.source});
        rows.append(QJsonObject{{columns.at(0), target.indicatorId},
                                {columns.at(1), target.year},
                                {columns.at(2), jsonNumber(target.low)},
                                {columns.at(3), jsonNumber(target.high)},
                                {columns.at(4), jsonNumber(outcome)},
                                {columns.at(5), outcomeVintage},
                                {columns.at(6), targetStatusId(evaluation.status)},
                                {columns.at(7), jsonNumber(evaluation.gap)},
                                {columns.at(8), target.phrase},
                                {columns.at(9), target.source},
                                {QStringLiteral("kind"), targetKindId(target.kind)},
                                {QStringLiteral("outcome_source"),
                                 evaluation.outcome ? evaluation.outcome->source : QString()}});
    }

    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = csv.text().toUtf8();
    } else {
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("annals-targets")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("generator"),
                                QStringLiteral("annals %1 %2")
                                    .arg(QLatin1String(ANNALS_VERSION), QLatin1String("targets"))},
                               {QStringLiteral("vintage"),
                                evaluator.preference() == TargetEvaluator::Preference::Revised
                                    ? QStringLiteral("revised")
                                    : QStringLiteral("first")},
                               {QStringLiteral("tolerance_pp"), evaluator.tolerance()},
                               {QStringLiteral("rows"), rows}};
        bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    return writeCommandOutput(QStringLiteral("targets"), output, bytes, inputs, out, err);
}

int runTargetsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return TargetsCommand::run(arguments, out, err);
}

} // namespace Annals::Cli
