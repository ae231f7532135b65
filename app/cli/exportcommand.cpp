#include "exportcommand.h"

#include "chartexporter.h"
#include "chartlayouts.h"
#include "commandline.h"
#include "datasetloader.h"
#include "inputlimits.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "safewriter.h"
#include "targetschartexport.h"
#include "yeartablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace Annals::Cli {

namespace {

// The command as a class, so that its messages have their own translation context.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Cli::ExportCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 200 || size.height() < 150 || size.width() > 10000
        || size.height() > 10000)
        return std::nullopt;
    return size;
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

int writeTargetsChart(const Project &project, const QCommandLineParser &parser,
                      const QList<const QCommandLineOption *> &images, const QSize &size,
                      int scale, const QStringList &inputs, QTextStream &err)
{
    const TargetsChartExport exporter(project, TargetEvaluator(), inputs);
    if (const Result<void> hasData = exporter.checkHasData(); !hasData) {
        err << "annals export: " << hasData.error().message << '\n';
        return 1;
    }
    for (int i = 0; i < images.size(); ++i) {
        if (!parser.isSet(*images.at(i)))
            continue;
        const QString path = parser.value(*images.at(i));
        const Result<void> written = i == 0   ? exporter.writePng(path, size, scale)
                                     : i == 1 ? exporter.writeSvg(path, size)
                                              : exporter.writePdf(path, size);
        if (!written) {
            err << "annals export: " << written.error().toString() << '\n';
            return 1;
        }
        err << TargetsChartExport::tr("wrote %1").arg(path) << '\n';
    }
    return 0;
}

} // namespace

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return ExportCommand::run(arguments, out, err);
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports charts and their data without a display."));
    const QCommandLineOption chart(QStringLiteral("chart"),
                                   tr("spending, rd, keywords, targets, dashboard "
                                      "(default), or the number of a chart of the project's "
                                      "dashboard (1 = the first)."),
                                   tr("NAME"), QStringLiteral("dashboard"));
    const QCommandLineOption png(QStringLiteral("png"), tr("Write a PNG image."), tr("FILE"));
    const QCommandLineOption svg(QStringLiteral("svg"), tr("Write an SVG image."), tr("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write a PDF page."), tr("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Write the data shown as CSV, with FILE.json beside it."),
                                 tr("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Size in pixels (default 1600x1000)."), tr("WxH"),
                                  QStringLiteral("1600x1000"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("PNG scale, 1 to 4 (default 1)."),
                                   tr("N"), QStringLiteral("1"));
    const QCommandLineOption years(QStringLiteral("years"),
                                   tr("Years shown, e.g. 1954-2025 (default: the project's)."),
                                   tr("FROM-TO"));
    const QCommandLineOption wide(QStringLiteral("wide"),
                                  tr("CSV with a column per series instead of long rows."));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 tr("Start the CSV with a byte order mark (for spreadsheets)."));
    const QCommandLineOption bare(QStringLiteral("bare"),
                                  tr("The chart alone: no title, sources, notes or credit."));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("Values of figure charts: absolute, index or change "
                                     "(% vs previous year; default: the project's)."),
                                  tr("MODE"));
    const QCommandLineOption baseYear(QStringLiteral("base-year"),
                                      tr("Base year of --mode index (default: the first year "
                                         "shown with a value)."),
                                      tr("YEAR"));
    parser.addOptions({chart, png, svg, pdf, csv, size, scale, years, wide, bom, bare, mode,
                       baseYear});
    parser.addPositionalArgument(QStringLiteral("project"), tr("A project file (optional)."),
                                 QStringLiteral("[PROJECT.annals]"));
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("annals export")} + arguments)) {
        err << "annals export: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("annals export"));
        return 0;
    }
    // Targets vs outcomes are not year-table charts: TargetsChartExport draws them.
    const bool targetsChart = parser.value(chart) == QLatin1String("targets");
    // A number names any chart of the project's dashboard, its own charts included.
    bool numbered = false;
    const int chartNumber = parser.value(chart).toInt(&numbered);
    const auto target = targetsChart ? std::optional(ExportRequest::Target::Dashboard)
                        : numbered && chartNumber >= 1
                            ? std::optional(ExportRequest::Target::Chart)
                            : ExportRequest::targetFromName(parser.value(chart));
    const auto pixels = parseSize(parser.value(size));
    bool scaleOk = false;
    const int factor = parser.value(scale).toInt(&scaleOk);
    QString problem;
    if (!target)
        problem = tr("--chart must be spending, rd, keywords, targets or dashboard, not "
                     "\"%1\"")
                      .arg(parser.value(chart));
    else if (!pixels)
        problem = tr("--size must look like 1600x1000 (200x150 to 10000x10000), not \"%1\"")
                      .arg(parser.value(size));
    else if (!scaleOk || factor < 1 || factor > 4)
        problem = tr("--scale must be 1, 2, 3 or 4, not \"%1\"").arg(parser.value(scale));
    else if (!parser.isSet(png) && !parser.isSet(svg) && !parser.isSet(pdf) && !parser.isSet(csv))
        problem = tr("nothing to write: give --png, --svg, --pdf or --csv");
    else if (parser.positionalArguments().size() > 1)
        problem = tr("give at most one project file");
    else if (targetsChart && parser.isSet(csv))
        problem = tr("--csv is not written for --chart targets; annals targets writes them");
    const auto range = parser.isSet(years) ? parseYears(parser.value(years))
                                           : std::optional<std::pair<int, int>>();
    if (problem.isEmpty() && parser.isSet(years) && !range)
        problem = tr("--years must look like 1954-2025 (1900 to 2100, first ≤ last), not \"%1\"")
                      .arg(parser.value(years));
    const QStringList modeNames = {QStringLiteral("absolute"), QStringLiteral("index"),
                                   QStringLiteral("change")};
    const qsizetype modeIndex = modeNames.indexOf(parser.value(mode));
    bool baseOk = !parser.isSet(baseYear);
    const int base = parser.value(baseYear).toInt(&baseOk);
    if (problem.isEmpty() && parser.isSet(mode) && modeIndex < 0)
        problem = tr("--mode must be absolute, index or change, not \"%1\"")
                      .arg(parser.value(mode));
    else if (problem.isEmpty() && parser.isSet(baseYear)
             && (!baseOk || base < InputLimits::firstYear || base > InputLimits::lastYear))
        problem = tr("--base-year must be a year from %1 to %2, not \"%3\"")
                      .arg(InputLimits::firstYear)
                      .arg(InputLimits::lastYear)
                      .arg(parser.value(baseYear));
    else if (problem.isEmpty() && parser.isSet(baseYear) && modeIndex != 1)
        problem = tr("--base-year needs --mode index");
    else if (problem.isEmpty() && (parser.isSet(mode) || parser.isSet(baseYear))
             && (targetsChart || target == ExportRequest::Target::Keywords))
        problem = tr("--mode applies to figure charts, not to --chart %1")
                      .arg(parser.value(chart));
    if (!problem.isEmpty()) {
        err << "annals export: " << problem << '\n';
        return 2;
    }

    // Every output is checked before any work: none may be an input or a special file.
    const QStringList inputs = parser.positionalArguments();
    for (const QCommandLineOption *option : {&png, &svg, &pdf, &csv}) {
        if (!parser.isSet(*option))
            continue;
        QStringList targets{parser.value(*option)};
        if (option == &csv)
            targets.append(parser.value(*option) + QStringLiteral(".json"));
        for (const QString &target : std::as_const(targets)) {
            if (Result<void> usable = SafeWriter::checkTarget(target, inputs); !usable) {
                err << "annals export: " << usable.error().toString() << '\n';
                return 1;
            }
        }
    }

    Result<Project> project = ProjectLoader::loadOrEmbedded(parser.positionalArguments().value(0));
    if (!project) {
        err << "annals export: " << project.error().toString() << '\n';
        return 1;
    }
    if (targetsChart)
        return writeTargetsChart(project.value(), parser, {&png, &svg, &pdf}, *pixels, factor,
                                 inputs, err);
    if (range)
        std::tie(project.value().view.firstYear, project.value().view.lastYear) = *range;
    YearTableModel model;
    model.setDataset(project.value().dataset);
    const QList<ChartLayout> layouts = ChartLayouts::effective(project.value(), model);
    if (*target == ExportRequest::Target::Chart && chartNumber > layouts.size()) {
        err << "annals export: "
            << tr("--chart %1: the dashboard has %n charts", nullptr, int(layouts.size()))
                   .arg(chartNumber)
            << '\n';
        return 2;
    }
    if (parser.isSet(mode)) {
        // The chosen chart, or every figure chart of the dashboard, in that view.
        QList<ChartLayout> charts = layouts;
        for (qsizetype i = 0; i < charts.size(); ++i) {
            ChartLayout &layout = charts[i];
            const bool chosen = *target == ExportRequest::Target::Dashboard
                                || (*target == ExportRequest::Target::Chart
                                    && i == chartNumber - 1)
                                || ChartExporter::chartsOf(*target).contains(
                                    ChartLayouts::catalogChart(layout).value_or(
                                        ChartCatalog::Chart::Keywords));
            if (!chosen || !ChartLayouts::hasRelativeViews(layout))
                continue;
            layout.mode = FigureTransform::Mode(modeIndex);
            layout.baseYear = parser.isSet(baseYear) ? base : 0;
        }
        project.value().view.charts = charts;
    }
    ChartExporter exporter(project.value(), model, inputs);
    exporter.setChart(chartNumber - 1);
    ExportRequest request;
    request.target = *target;
    request.size = *pixels;
    request.scale = factor;
    request.bare = parser.isSet(bare);
    // A range without data would give an empty chart and an empty CSV: say so instead.
    if (const Result<void> hasData = exporter.checkHasData(*target); !hasData) {
        err << "annals export: " << hasData.error().message << '\n';
        return 1;
    }

    const std::pair<const QCommandLineOption *,
                    Result<void> (ChartExporter::*)(const ExportRequest &, const QString &) const>
        images[] = {{&png, &ChartExporter::writePng},
                    {&svg, &ChartExporter::writeSvg},
                    {&pdf, &ChartExporter::writePdf}};
    for (const auto &[option, write] : images) {
        if (!parser.isSet(*option))
            continue;
        const Result<void> written = (exporter.*write)(request, parser.value(*option));
        if (!written) {
            err << "annals export: " << written.error().toString() << '\n';
            return 1;
        }
        err << tr("wrote %1").arg(parser.value(*option)) << '\n';
    }
    if (parser.isSet(csv)) {
        const Result<void> written = exporter.writeCsv(*target, parser.value(csv),
                                                       parser.isSet(wide), parser.isSet(bom));
        if (!written) {
            err << "annals export: " << written.error().toString() << '\n';
            return 1;
        }
        err << tr("wrote %1 and %1.json").arg(parser.value(csv)) << '\n';
    }
    return 0;
}

} // namespace Annals::Cli
