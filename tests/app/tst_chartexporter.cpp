#include "chartexporter.h"
#include "chartlayouts.h"
#include "commandrun.h"
#include "csvtable.h"
#include "exportcommand.h"
#include "project.h"
#include "projectloader.h"
#include "yearchart.h"
#include "yeartablecolumn.h"
#include "yeartablemodel.h"
#include "yeartableroles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Annals;
// Not "Target": that is Annals::Target, a government target (target.h).
using Export = ExportRequest::Target;

namespace {

// Pixels that are neither white nor near-white: what the chart drew.
int inkPixels(const QImage &image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (qGray(image.pixel(x, y)) < 235)
                ++ink;
        }
    }
    return ink;
}

bool hasColour(const QImage &image, QRgb colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xFFFFFF) == (colour & 0xFFFFFF))
                return true;
        }
    }
    return false;
}

bool inkIn(const QImage &image, const QRect &area)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 235)
                return true;
        }
    }
    return false;
}

// The values a target's charts draw, read from the model and the catalogue the way the
// charts read them (not through the exporter): {column id, year} with a number.
QList<QModelIndex> drawnValues(const Project &project, const YearTableModel &model,
                               Export target)
{
    using Chart = ChartCatalog::Chart;
    const QList<Chart> charts = target == Export::Spending    ? QList<Chart>{Chart::Spending}
                                : target == Export::RdIntensity ? QList<Chart>{Chart::RdIntensity}
                                : target == Export::Keywords    ? QList<Chart>{Chart::Keywords}
                                                                : QList<Chart>{Chart::Spending,
                                                                   Chart::RdIntensity,
                                                                   Chart::Keywords};
    const auto [first, last] = ChartCatalog::yearRange(project.view, model);
    QList<QModelIndex> drawn;
    for (Chart chart : charts) {
        for (const PlotSpec &plot :
             ChartCatalog::shownPlots(chart, project.view, project.dataset, model)) {
            for (int year = first; year <= last; ++year) {
                const QModelIndex index = model.index(model.rowOfYear(year),
                                                      model.columnOf(plot.columnId));
                if (index.data(YearTableRoles::Value).isValid())
                    drawn.append(index);
            }
        }
    }
    return drawn;
}

bool isKeyword(const QModelIndex &index)
{
    return isKeywordColumn(ColumnType(index.model()
                                          ->headerData(index.column(), Qt::Horizontal,
                                                       YearTableRoles::ColumnType)
                                          .toInt()));
}

} // namespace

class TestChartExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pngHasTheAskedSizeAndTheChart_data();
    void pngHasTheAskedSizeAndTheChart();
    void refusesImagesTooLargeForMemory();
    void svgParsesAndRenders();
    void pdfRenders();
    void csvHoldsExactlyWhatTheChartShows();
    void sidecarNamesSourcesAndTransforms();
    void commandLineExportsWithoutADisplay();
    void commandLineRefusesBadArguments_data();
    void commandLineRefusesBadArguments();
    void exportIsReadyToPaste_data();
    void exportIsReadyToPaste();
    void bareIsTheChartAlone();
    void caveatMarksSitOnTheFlaggedPoints();
    void longCsvHasWhatTheTableShows();
    void wideCsvHasWhatTheTableShows();
    void sidecarHasTheMethodsParagraph();
    void commandLineRefusesYearsWithoutData_data();
    void indexModeIsExported();
    void anyChartIsExported();
    void commandLineRefusesYearsWithoutData();

private:
    Project m_project;
    YearTableModel m_model;
    QTemporaryDir m_dir;
};

void TestChartExporter::initTestCase()
{
    const Result<Project> project = ProjectLoader::embeddedProject();
    QVERIFY(project.ok());
    m_project = project.value();
    m_model.setDataset(m_project.dataset);
    QVERIFY(m_dir.isValid());
}

void TestChartExporter::pngHasTheAskedSizeAndTheChart_data()
{
    QTest::addColumn<Export>("target");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QRgb>("colour"); // a series colour the chart must contain
    QTest::newRow("spending 1x") << Export::Spending << QSize(800, 500) << 1 << qRgb(0x21, 0x66, 0xac);
    QTest::newRow("rd 2x") << Export::RdIntensity << QSize(640, 400) << 2 << qRgb(0x00, 0x6d, 0x77);
    QTest::newRow("keywords 3x") << Export::Keywords << QSize(500, 300) << 3 << qRgb(0x1f, 0x77, 0xb4);
    QTest::newRow("dashboard 1x") << Export::Dashboard << QSize(1600, 1000) << 1 << qRgb(0x21, 0x66, 0xac);
}

void TestChartExporter::pngHasTheAskedSizeAndTheChart()
{
    QFETCH(Export, target);
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QRgb, colour);
    const ChartExporter exporter(m_project, m_model);
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(exporter.writePng({target, size, scale}, path).ok());
    const QImage image(path);
    QCOMPARE(image.size(), size * scale);
    QVERIFY2(inkPixels(image) > image.width() * image.height() / 9 / 50,
             "the exported chart is blank");
    QVERIFY(hasColour(image, colour));
}

void TestChartExporter::refusesImagesTooLargeForMemory()
{
    const ChartExporter exporter(m_project, m_model);
    const Result<void> written = exporter.writePng({Export::Dashboard, QSize(10000, 10000), 4},
                                                   m_dir.filePath(QStringLiteral("huge.png")));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().toString(),
             QStringLiteral("huge.png: 10000×10000 at scale 4 is 1600 megapixels; exports are "
                            "at least 200×150 and at most 64 megapixels"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("huge.png"))));
}

void TestChartExporter::svgParsesAndRenders()
{
    const ChartExporter exporter(m_project, m_model);
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(exporter.writeSvg({Export::Spending, QSize(900, 560), 1}, path).ok());
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QImage image(900, 560, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    QVERIFY(inkPixels(image) > 500);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // Text stays text (vector), Chinese included.
    QVERIFY(svg.contains(QStringLiteral("中央本级科技支出")));
    QVERIFY(svg.contains(QStringLiteral("Budget")));

    // The keyword lines break at 2020, a year without a report: the points after the break,
    // stamped from a pixmap on screen, are vector shapes here too.
    const QString keywords = m_dir.filePath(QStringLiteral("keywords.svg"));
    QVERIFY(exporter.writeSvg({Export::Keywords, QSize(900, 560), 1}, keywords).ok());
    QFile keywordFile(keywords);
    QVERIFY(keywordFile.open(QIODevice::ReadOnly));
    QVERIFY(!keywordFile.readAll().contains("<image"));
}

void TestChartExporter::pdfRenders()
{
    const ChartExporter exporter(m_project, m_model);
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(exporter.writePdf({Export::Dashboard, QSize(1600, 1000), 1}, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("48"),
                             QStringLiteral("-singlefile"), path,
                             m_dir.filePath(QStringLiteral("page"))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QImage page(m_dir.filePath(QStringLiteral("page.png")));
    QCOMPARE(page.size(), QSize(800, 500)); // 1600 x 1000 px at 96 dpi, rendered at 48 dpi
    QVERIFY(inkPixels(page) > 300);
}

void TestChartExporter::csvHoldsExactlyWhatTheChartShows()
{
    const ChartExporter exporter(m_project, m_model);
    const QString path = m_dir.filePath(QStringLiteral("spending.csv"));
    QVERIFY(exporter.writeCsv(Export::Spending, path, false, true).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const Result<CsvTable> csv = parseCsv(QString::fromUtf8(bytes), path);
    QVERIFY(csv.ok());
    QCOMPARE(csv.value().header, (QStringList{QStringLiteral("series"), QStringLiteral("year"),
                                              QStringLiteral("value"), QStringLiteral("unit"),
                                              QStringLiteral("vintage"),
                                              QStringLiteral("source_url"),
                                              QStringLiteral("display")}));
    // Every non-empty cell of the chart's columns in the shown years, and nothing else.
    const TableSelection shown = exporter.tableSelection(Export::Spending);
    int expectedRows = 0;
    for (const QString &id : shown.columnIds) {
        for (int year = shown.firstYear; year <= shown.lastYear; ++year) {
            const QModelIndex index = m_model.index(m_model.rowOfYear(year), m_model.columnOf(id));
            if (index.data(YearTableRoles::Value).isValid()
                || !index.data(YearTableRoles::PlainText).toString().isEmpty())
                ++expectedRows;
        }
    }
    QCOMPARE(csv.value().records.size(), expectedRows);
    for (const CsvTable::Record &record : csv.value().records) {
        QVERIFY(shown.columnIds.contains(record.fields.at(0)));
        const QModelIndex index = m_model.index(m_model.rowOfYear(record.fields.at(1).toInt()),
                                                m_model.columnOf(record.fields.at(0)));
        if (!index.data(YearTableRoles::Value).isValid())
            continue; // listed as text, checked in longCsvHasWhatTheTableShows()
        const double expected = index.data(YearTableRoles::Value).toDouble();
        QVERIFY(qAbs(record.fields.at(2).toDouble() - expected) <= 1e-9 * qMax(1.0, qAbs(expected)));
        QCOMPARE(record.fields.at(5), index.data(YearTableRoles::SourceUrl).toString());
    }
    QVERIFY(bytes.contains("figure/central_st_expenditure/budget,2024,370.8,billion yuan,budget,"));
    QVERIFY(!bytes.contains("379.8")); // the discrepant figure is not charted, so not exported
}

void TestChartExporter::sidecarNamesSourcesAndTransforms()
{
    const ChartExporter exporter(m_project, m_model);
    const QString path = m_dir.filePath(QStringLiteral("keywords.csv"));
    QVERIFY(exporter.writeCsv(Export::Dashboard, path, true, false).ok());
    QFile file(path + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("annals-export-sidecar"));
    QCOMPARE(root.value(QStringLiteral("file")).toString(), QStringLiteral("keywords.csv"));
    const QJsonArray columns = root.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), exporter.tableSelection(Export::Dashboard).columnIds.size());
    bool computed = false;
    for (const QJsonValue &column : columns) {
        if (column[QStringLiteral("id")].toString().startsWith(QLatin1String("growth/")))
            computed = column[QStringLiteral("transform")].toString().contains(
                QStringLiteral("computed by Annals"));
    }
    QVERIFY(computed);
    QVERIFY(root.value(QStringLiteral("sources")).toArray().size() > 10);
    QVERIFY(root.value(QStringLiteral("datasetCaveats")).toArray().size() >= 5);
    // The caveat of a value travels with it: 2024's budget growth base.
    bool budget2024 = false;
    for (const QJsonValue &entry : root.value(QStringLiteral("valuesWithCaveats")).toArray()) {
        if (entry[QStringLiteral("series")] == QStringLiteral("figure/central_st_expenditure/budget")
            && entry[QStringLiteral("year")].toInt() == 2024)
            budget2024 = entry[QStringLiteral("caveats")].toArray().first().toString().contains(
                QStringLiteral("previous year's actual spending"));
    }
    QVERIFY(budget2024);
}

void TestChartExporter::commandLineExportsWithoutADisplay()
{
    QString out;
    QString err;
    const QString png = m_dir.filePath(QStringLiteral("cli.png"));
    const QString csv = m_dir.filePath(QStringLiteral("cli.csv"));
    const int status = runCommand(&Cli::runExportCommand,
                                  {QStringLiteral("--chart"), QStringLiteral("rd"),
                                   QStringLiteral("--png"), png, QStringLiteral("--size"),
                                   QStringLiteral("600x400"), QStringLiteral("--scale"),
                                   QStringLiteral("2"), QStringLiteral("--csv"), csv},
                                  &out, &err);
    QCOMPARE(status, 0);
    QCOMPARE(QImage(png).size(), QSize(1200, 800));
    QVERIFY(QFile::exists(csv + QStringLiteral(".json")));
}

void TestChartExporter::commandLineRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown chart") << QStringList{"--chart", "pie", "--png", "x.png"} << 2
                                   << "annals export: --chart must be spending, rd, keywords, "
                                      "targets or dashboard, not \"pie\"\n";
    QTest::newRow("bad size") << QStringList{"--png", "x.png", "--size", "big"} << 2
                              << "annals export: --size must look like 1600x1000 (200x150 to "
                                 "10000x10000), not \"big\"\n";
    QTest::newRow("bad scale") << QStringList{"--png", "x.png", "--scale", "9"} << 2
                               << "annals export: --scale must be 1, 2, 3 or 4, not \"9\"\n";
    QTest::newRow("bad years") << QStringList{"--png", "x.png", "--years", "2025-1954"} << 2
                               << "annals export: --years must look like 1954-2025 (1900 to "
                                  "2100, first ≤ last), not \"2025-1954\"\n";
    QTest::newRow("no output") << QStringList{"--chart", "rd"} << 2
                               << "annals export: nothing to write: give --png, --svg, --pdf or "
                                  "--csv\n";
    QTest::newRow("bad mode") << QStringList{"--png", "x.png", "--mode", "log"} << 2
                              << "annals export: --mode must be absolute, index or change, not "
                                 "\"log\"\n";
    QTest::newRow("base year without index")
        << QStringList{"--png", "x.png", "--mode", "change", "--base-year", "2015"} << 2
        << "annals export: --base-year needs --mode index\n";
    QTest::newRow("bad base year")
        << QStringList{"--png", "x.png", "--mode", "index", "--base-year", "15"} << 2
        << "annals export: --base-year must be a year from 1900 to 2100, not \"15\"\n";
    QTest::newRow("mode of the keyword chart")
        << QStringList{"--chart", "keywords", "--png", "x.png", "--mode", "index"} << 2
        << "annals export: --mode applies to figure charts, not to --chart keywords\n";
    QTest::newRow("missing project") << QStringList{"/nonexistent/a.annals", "--png", "x.png"}
                                     << 1 << "annals export: a.annals: the file does not exist\n";
}

void TestChartExporter::commandLineRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runExportCommand, arguments, &out, &err), status);
    QCOMPARE(err, message);
}

void TestChartExporter::exportIsReadyToPaste_data()
{
    QTest::addColumn<Export>("target");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    for (const QSize size : {QSize(800, 500), QSize(1600, 1000), QSize(4000, 3000)}) {
        for (int scale : {1, 2}) {
            for (const auto &[name, target] :
                 {std::pair{"spending", Export::Spending}, std::pair{"keywords", Export::Keywords},
                  std::pair{"dashboard", Export::Dashboard}}) {
                // 4000×3000 at scale 2 is 48 megapixels: once is enough.
                if (size.width() == 4000 && scale == 2 && target != Export::Dashboard)
                    continue;
                QTest::addRow("%s %dx%d x%d", name, size.width(), size.height(), scale)
                    << target << size << scale;
            }
        }
    }
}

void TestChartExporter::exportIsReadyToPaste()
{
    QFETCH(Export, target);
    QFETCH(QSize, size);
    QFETCH(int, scale);
    const ChartExporter exporter(m_project, m_model);
    ExportRequest request;
    request.target = target;
    request.size = size;
    request.scale = scale;
    request.date = QDate(2026, 12, 6);
    const ExportLayout layout = exporter.layout(request);
    QStringList footer;
    QString heading;
    for (const ExportLayout::Block &block : layout.blocks()) {
        if (block.kind == ExportLayout::Kind::Title || block.kind == ExportLayout::Kind::Subtitle)
            heading += block.text + u'\n';
        else
            footer.append(block.text);
    }
    const QString footerText = footer.join(u'\n');
    // Title, subtitle (years and unit), the credit line.
    const auto [first, last] = ChartCatalog::yearRange(m_project.view, m_model);
    QVERIFY2(heading.contains(QStringLiteral("%1–%2").arg(first).arg(last)), qPrintable(heading));
    QVERIFY(footerText.contains(QStringLiteral("Annals %1 · 2026-12-06").arg(ANNALS_VERSION)));
    // Every publisher and every caveat of a value drawn is in the footer.
    int publishers = 0;
    for (const QModelIndex &index : drawnValues(m_project, m_model, target)) {
        if (!isKeyword(index)) {
            const QString publisher = index.data(YearTableRoles::SourceTitle).toString();
            QVERIFY2(footerText.contains(publisher), qPrintable(publisher));
            ++publishers;
        } else {
            QVERIFY(footerText.contains(QStringLiteral("Keyword counts"))
                    || footerText.contains(QStringLiteral("keyword counts")));
        }
        for (const QString &caveat : index.data(YearTableRoles::FlagTexts).toStringList())
            QVERIFY2(footerText.contains(caveat), qPrintable(caveat));
    }
    QVERIFY(target == Export::Keywords || publishers > 0);
    // Nothing is cut: every line of text lies inside the page; the footer is below the plot.
    const QRectF page(QPointF(0, 0), QSizeF(size));
    for (const QRectF &line : layout.lineRects())
        QVERIFY2(page.contains(line), qPrintable(QStringLiteral("%1,%2 %3×%4")
                                                     .arg(line.x()).arg(line.y())
                                                     .arg(line.width()).arg(line.height())));
    QVERIFY(page.contains(layout.plotRect()));
    QVERIFY(layout.plotRect().height() >= size.height() * 0.4);
    QVERIFY(layout.footerRect().top() >= layout.plotRect().bottom());
    for (const ExportLayout::Block &block : layout.blocks()) {
        if (block.kind == ExportLayout::Kind::Title || block.kind == ExportLayout::Kind::Subtitle)
            QVERIFY(block.rect.bottom() <= layout.plotRect().top());
    }
    // The image: the footer is drawn, and nothing reaches the page's edge (cut text would).
    const QImage image = exporter.image(request);
    QCOMPARE(image.size(), size * scale);
    const QRectF footerArea = layout.footerRect();
    QVERIFY(inkIn(image, QRect((footerArea.topLeft() * scale).toPoint(),
                               (footerArea.bottomRight() * scale).toPoint())));
    const int edge = 2 * scale;
    QVERIFY(!inkIn(image, QRect(0, 0, image.width(), edge)));
    QVERIFY(!inkIn(image, QRect(0, image.height() - edge, image.width(), edge)));
    QVERIFY(!inkIn(image, QRect(0, 0, edge, image.height())));
    QVERIFY(!inkIn(image, QRect(image.width() - edge, 0, edge, image.height())));
}

void TestChartExporter::bareIsTheChartAlone()
{
    const ChartExporter exporter(m_project, m_model);
    ExportRequest request;
    request.target = Export::Spending;
    request.size = QSize(900, 560);
    request.bare = true;
    const ExportLayout layout = exporter.layout(request);
    QVERIFY(layout.blocks().isEmpty());
    QCOMPARE(layout.plotRect(), QRectF(0, 0, 900, 560));
    QList<QPointF> marks;
    exporter.image(request, &marks);
    QVERIFY(marks.isEmpty());
    const QString bare = m_dir.filePath(QStringLiteral("bare.svg"));
    const QString full = m_dir.filePath(QStringLiteral("full.svg"));
    QVERIFY(exporter.writeSvg(request, bare).ok());
    request.bare = false;
    QVERIFY(exporter.writeSvg(request, full).ok());
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    // Text stays text in SVG: the footer's words are there, or not.
    QVERIFY(read(full).contains(QStringLiteral("Source:")));
    QVERIFY(read(full).contains(QStringLiteral("Vintages:")));
    QVERIFY(!read(bare).contains(QStringLiteral("Source:")));
    QVERIFY(!read(bare).contains(QStringLiteral("Vintages:")));
    QVERIFY(read(bare).contains(QStringLiteral("中央本级科技支出"))); // the chart's own title
}

void TestChartExporter::caveatMarksSitOnTheFlaggedPoints()
{
    const ChartExporter exporter(m_project, m_model);
    ExportRequest request;
    request.target = Export::RdIntensity;
    request.size = QSize(1200, 800);
    QList<QPointF> marks;
    const QImage image = exporter.image(request, &marks);
    // One mark per year with a flagged value drawn; each above its point, inside the plot.
    QList<int> flaggedYears;
    for (const QModelIndex &index : drawnValues(m_project, m_model, request.target)) {
        const int year = index.data(YearTableRoles::Year).toInt();
        if (!index.data(YearTableRoles::FlagTexts).toStringList().isEmpty()
            && !flaggedYears.contains(year))
            flaggedYears.append(year);
    }
    QVERIFY(!flaggedYears.isEmpty());
    QCOMPARE(marks.size(), flaggedYears.size());
    const QRectF plot = exporter.layout(request).plotRect();
    for (const QPointF &mark : std::as_const(marks))
        QVERIFY(plot.contains(mark));
    // Left to right in year order, as the years are.
    for (int i = 1; i < marks.size(); ++i)
        QVERIFY(marks.at(i).x() > marks.at(i - 1).x());
    QVERIFY(hasColour(image, qRgb(0xf5, 0xa6, 0x23)));
}

void TestChartExporter::longCsvHasWhatTheTableShows()
{
    const ChartExporter exporter(m_project, m_model);
    const QString path = m_dir.filePath(QStringLiteral("long.csv"));
    QVERIFY(exporter.writeCsv(Export::Spending, path, false, false).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<CsvTable> csv = parseCsv(QString::fromUtf8(file.readAll()), path);
    QVERIFY(csv.ok());
    QCOMPARE(csv.value().header.last(), QStringLiteral("display"));
    bool listed = false;
    bool computed = false;
    for (const CsvTable::Record &record : csv.value().records) {
        const QModelIndex index = m_model.index(m_model.rowOfYear(record.fields.at(1).toInt()),
                                                m_model.columnOf(record.fields.at(0)));
        QCOMPARE(record.fields.at(6), index.data(YearTableRoles::PlainText).toString());
        const QVariant value = index.data(YearTableRoles::Value);
        if (!value.isValid()) {
            QVERIFY(record.fields.at(2).isEmpty());
            listed |= record.fields.at(6) == QStringLiteral("7.2 (?)");
        } else {
            // Full precision: the number reads back as the very same double.
            QCOMPARE(record.fields.at(2).toDouble(), value.toDouble());
        }
        if (record.fields.at(0).startsWith(QLatin1String("growth/"))
            && record.fields.at(1) == QLatin1String("2009")) {
            QCOMPARE(record.fields.at(6), QStringLiteral("25.6"));
            computed = record.fields.at(2).size() > 8;
        }
    }
    QVERIFY2(listed, "the 2022 growth the table lists as \"7.2 (?)\" is in the CSV");
    QVERIFY(computed);
}

void TestChartExporter::wideCsvHasWhatTheTableShows()
{
    const ChartExporter exporter(m_project, m_model);
    const QString path = m_dir.filePath(QStringLiteral("wide.csv"));
    QVERIFY(exporter.writeCsv(Export::Spending, path, true, false).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<CsvTable> csv = parseCsv(QString::fromUtf8(file.readAll()), path);
    QVERIFY(csv.ok());
    const TableSelection shown = exporter.tableSelection(Export::Spending);
    QCOMPARE(csv.value().records.size(), shown.lastYear - shown.firstYear + 1);
    for (const CsvTable::Record &record : csv.value().records) {
        const int row = m_model.rowOfYear(record.fields.at(0).toInt());
        for (int i = 0; i < shown.columnIds.size(); ++i) {
            const QModelIndex index = m_model.index(row, m_model.columnOf(shown.columnIds.at(i)));
            QCOMPARE(record.fields.at(i + 1), index.data(YearTableRoles::PlainText).toString());
        }
    }
    const int reported = shown.columnIds.indexOf(
                             QStringLiteral("reported/central_st_expenditure/budget")) + 1;
    const int growth = shown.columnIds.indexOf(
                           QStringLiteral("growth/central_st_expenditure/budget/actual")) + 1;
    QVERIFY(reported > 0 && growth > 0);
    for (const CsvTable::Record &record : csv.value().records) {
        if (record.fields.at(0) == QLatin1String("2022"))
            QCOMPARE(record.fields.at(reported), QStringLiteral("7.2 (?)"));
        if (record.fields.at(0) == QLatin1String("2009"))
            QCOMPARE(record.fields.at(growth), QStringLiteral("25.6")); // as the table shows
    }
}

void TestChartExporter::sidecarHasTheMethodsParagraph()
{
    const ChartExporter exporter(m_project, m_model);
    const QString path = m_dir.filePath(QStringLiteral("methods.csv"));
    QVERIFY(exporter.writeCsv(Export::Dashboard, path, false, false).ok());
    QFile file(path + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QString methods = root.value(QStringLiteral("methods")).toString();
    // What was computed, from which sources and vintages, the counting rule, the caveats.
    QVERIFY2(methods.contains(QStringLiteral("computed by Annals")), qPrintable(methods));
    QVERIFY(methods.contains(QStringLiteral("South China Morning Post")));
    QVERIFY(methods.contains(QStringLiteral("National Bureau of Statistics of China")));
    QVERIFY(methods.contains(QStringLiteral("Vintages: budget, actual")));
    QVERIFY(methods.contains(m_project.dataset.keywords.rule));
    QVERIFY(methods.contains(m_project.dataset.keywords.generator));
    QVERIFY(methods.contains(QStringLiteral("previous year's actual spending")));
    QVERIFY(methods.contains(QStringLiteral("科技")));
    // The sidecar still lists sources, caveats and transforms.
    QVERIFY(root.value(QStringLiteral("sources")).toArray().size() > 10);
    QVERIFY(!root.value(QStringLiteral("valuesWithCaveats")).toArray().isEmpty());
    QCOMPARE(methods, exporter.methods(Export::Dashboard));
}

void TestChartExporter::commandLineRefusesYearsWithoutData_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("after the data") << QStringList{"--years", "2030-2040"}
                                    << "annals export: nothing to chart in 2030–2040: the data "
                                       "covers 1954–2026\n";
    QTest::newRow("before the data") << QStringList{"--years", "1900-1950"}
                                     << "annals export: nothing to chart in 1900–1950: the data "
                                        "covers 1954–2026\n";
    // Spending figures start in 2008: the spending chart alone has nothing before.
    QTest::newRow("chart without data there")
        << QStringList{"--chart", "spending", "--years", "1960-1970"}
        << "annals export: nothing to chart in 1960–1970: the data covers 1954–2026\n";
}

void TestChartExporter::commandLineRefusesYearsWithoutData()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString png = m_dir.filePath(QStringLiteral("empty.png"));
    const QString csv = m_dir.filePath(QStringLiteral("empty.csv"));
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runExportCommand,
                        arguments + QStringList{QStringLiteral("--png"), png,
                                                QStringLiteral("--csv"), csv},
                        &out, &err),
             1);
    QCOMPARE(err, message);
    QVERIFY(!QFile::exists(png));
    QVERIFY(!QFile::exists(csv));
    // A range that overlaps the data is exported, empty years and all.
    QCOMPARE(runCommand(&Cli::runExportCommand,
                        {QStringLiteral("--years"), QStringLiteral("2020-2040"),
                         QStringLiteral("--png"), png},
                        &out, &err),
             0);
    QVERIFY(QFile::exists(png));
    QFile::remove(png);
}

void TestChartExporter::indexModeIsExported()
{
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    // The project's own view of the chart: index on 2016.
    Project project = m_project;
    project.view.charts = ChartLayouts::effective(project, m_model);
    project.view.charts[0].mode = FigureTransform::Mode::Index;
    project.view.charts[0].baseYear = 2016;
    // The chart alone (bare): the axis title and the bars are the chart's own, not the caption's.
    ExportRequest request{Export::Spending, QSize(900, 560), 1};
    request.bare = true;
    const QString absolutePath = m_dir.filePath(QStringLiteral("absolute.svg"));
    const QString indexPath = m_dir.filePath(QStringLiteral("index.svg"));
    QVERIFY(ChartExporter(m_project, m_model).writeSvg(request, absolutePath).ok());
    QVERIFY(ChartExporter(project, m_model).writeSvg(request, indexPath).ok());
    QVERIFY(read(indexPath).contains(QStringLiteral("Index, 2016 = 100")));
    QVERIFY(!read(absolutePath).contains(QStringLiteral("Index, 2016 = 100")));
    // Pixels: the bare index chart is not the bare absolute one (without the relative view
    // in the export the two are the same image).
    const QImage indexImage = ChartExporter(project, m_model).image(request);
    const QImage absoluteImage = ChartExporter(m_project, m_model).image(request);
    QVERIFY(indexImage != absoluteImage);

    // A caveat mark only where a flagged value is drawn, at its index: none in 2008–2014,
    // which an index on 2016 leaves out (the series break of 2015).
    QList<QPointF> marks;
    ExportRequest marked{Export::Spending, QSize(1200, 750), 1};
    ChartExporter(project, m_model).image(marked, &marks);
    QList<QPointF> absoluteMarks;
    ChartExporter(m_project, m_model).image(marked, &absoluteMarks);
    QVERIFY(!marks.isEmpty());
    QVERIFY(marks.size() < absoluteMarks.size());
    YearChart probe;
    probe.setAttribute(Qt::WA_DontShowOnScreen);
    probe.setModel(&m_model, nullptr);
    ChartLayouts::configure(&probe, project.view.charts.at(0), project, m_model);
    QList<int> drawnFlaggedYears;
    for (const QModelIndex &index : drawnValues(project, m_model, Export::Spending)) {
        const int year = index.data(YearTableRoles::Year).toInt();
        const QString column = m_model.headerData(index.column(), Qt::Horizontal,
                                                  YearTableRoles::ColumnId)
                                   .toString();
        if (!index.data(YearTableRoles::FlagTexts).toStringList().isEmpty()
            && probe.plottedValue(column, year) && !drawnFlaggedYears.contains(year))
            drawnFlaggedYears.append(year);
    }
    QCOMPARE(marks.size(), drawnFlaggedYears.size());

    // The same from the command line, for the embedded dataset; the CSV says what was shown.
    QString out;
    QString err;
    const QString svg = m_dir.filePath(QStringLiteral("cli-index.svg"));
    const QString csv = m_dir.filePath(QStringLiteral("cli-index.csv"));
    QCOMPARE(runCommand(&Cli::runExportCommand,
                        {QStringLiteral("--chart"), QStringLiteral("spending"),
                         QStringLiteral("--mode"), QStringLiteral("index"),
                         QStringLiteral("--base-year"), QStringLiteral("2016"),
                         QStringLiteral("--svg"), svg, QStringLiteral("--csv"), csv},
                        &out, &err),
             0);
    QVERIFY(read(svg).contains(QStringLiteral("Index, 2016 = 100")));
    QVERIFY2(read(csv + QStringLiteral(".json")).contains(QStringLiteral("Index, 2016 = 100")),
             qPrintable(read(csv + QStringLiteral(".json"))));
    QCOMPARE(runCommand(&Cli::runExportCommand,
                        {QStringLiteral("--chart"), QStringLiteral("spending"),
                         QStringLiteral("--mode"), QStringLiteral("change"),
                         QStringLiteral("--svg"), svg},
                        &out, &err),
             0);
    QVERIFY(read(svg).contains(QStringLiteral("% change vs previous year")));
}

void TestChartExporter::anyChartIsExported()
{
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    // A chart the analyst added, third on the dashboard.
    Project project = m_project;
    project.view.charts = ChartLayouts::effective(project, m_model);
    ChartLayout added;
    added.columnIds = {QStringLiteral("figure/rd_expenditure_total/actual")};
    project.view.charts.insert(2, added);
    ChartExporter exporter(project, m_model);
    exporter.setChart(2);
    const QString title = ChartLayouts::title(added, project, m_model);
    QCOMPARE(exporter.layoutsOf(Export::Chart).size(), 1);
    const QString svg = m_dir.filePath(QStringLiteral("added.svg"));
    QVERIFY(exporter.writeSvg({Export::Chart, QSize(900, 560), 1}, svg).ok());
    QVERIFY2(read(svg).contains(title.toHtmlEscaped()), qPrintable(title));
    QVERIFY(inkPixels(exporter.image({Export::Chart, QSize(900, 560), 1})) > 500);
    const QString csv = m_dir.filePath(QStringLiteral("added.csv"));
    QVERIFY(exporter.writeCsv(Export::Chart, csv, true, false).ok());
    QVERIFY(read(csv).contains(QStringLiteral("National R&D expenditure")));
    QVERIFY(!read(csv).contains(QStringLiteral("Central S&T expenditure")));

    // From the command line: charts by number.
    QString out;
    QString err;
    const QString first = m_dir.filePath(QStringLiteral("first.svg"));
    QCOMPARE(runCommand(&Cli::runExportCommand,
                        {QStringLiteral("--chart"), QStringLiteral("1"), QStringLiteral("--svg"),
                         first},
                        &out, &err),
             0);
    QVERIFY(read(first).contains(QStringLiteral("中央本级科技支出")));
    err.clear();
    QCOMPARE(runCommand(&Cli::runExportCommand,
                        {QStringLiteral("--chart"), QStringLiteral("9"), QStringLiteral("--svg"),
                         first},
                        &out, &err),
             2);
    QCOMPARE(err, QStringLiteral("annals export: --chart 9: the dashboard has 3 charts\n"));
}

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
