#include "chartexporter.h"
#include "commandrun.h"
#include "csvtable.h"
#include "exportcommand.h"
#include "project.h"
#include "projectloader.h"
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
using ExportTarget = ExportRequest::Target;

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
                               ExportTarget target)
{
    using Chart = ChartCatalog::Chart;
    const QList<Chart> charts = target == ExportTarget::Spending    ? QList<Chart>{Chart::Spending}
                                : target == ExportTarget::RdIntensity ? QList<Chart>{Chart::RdIntensity}
                                : target == ExportTarget::Keywords    ? QList<Chart>{Chart::Keywords}
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
    QTest::addColumn<ExportTarget>("target");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QRgb>("colour"); // a series colour the chart must contain
    QTest::newRow("spending 1x") << ExportTarget::Spending << QSize(800, 500) << 1 << qRgb(0x21, 0x66, 0xac);
    QTest::newRow("rd 2x") << ExportTarget::RdIntensity << QSize(640, 400) << 2 << qRgb(0x00, 0x6d, 0x77);
    QTest::newRow("keywords 3x") << ExportTarget::Keywords << QSize(500, 300) << 3 << qRgb(0x1f, 0x77, 0xb4);
    QTest::newRow("dashboard 1x") << ExportTarget::Dashboard << QSize(1600, 1000) << 1 << qRgb(0x21, 0x66, 0xac);
}

void TestChartExporter::pngHasTheAskedSizeAndTheChart()
{
    QFETCH(ExportTarget, target);
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
    const Result<bool> written = exporter.writePng({ExportTarget::Dashboard, QSize(10000, 10000), 4},
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
    QVERIFY(exporter.writeSvg({ExportTarget::Spending, QSize(900, 560), 1}, path).ok());
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
}

void TestChartExporter::pdfRenders()
{
    const ChartExporter exporter(m_project, m_model);
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(exporter.writePdf({ExportTarget::Dashboard, QSize(1600, 1000), 1}, path).ok());
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
    QVERIFY(exporter.writeCsv(ExportTarget::Spending, path, false, true).ok());
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
    const TableSelection shown = exporter.tableSelection(ExportTarget::Spending);
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
    QVERIFY(exporter.writeCsv(ExportTarget::Dashboard, path, true, false).ok());
    QFile file(path + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("annals-export-sidecar"));
    QCOMPARE(root.value(QStringLiteral("file")).toString(), QStringLiteral("keywords.csv"));
    const QJsonArray columns = root.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), exporter.tableSelection(ExportTarget::Dashboard).columnIds.size());
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
                                   << "annals export: --chart must be spending, rd, keywords or "
                                      "dashboard, not \"pie\"\n";
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
    QTest::addColumn<ExportTarget>("target");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    for (const QSize size : {QSize(800, 500), QSize(1600, 1000), QSize(4000, 3000)}) {
        for (int scale : {1, 2}) {
            for (const auto &[name, target] :
                 {std::pair{"spending", ExportTarget::Spending}, std::pair{"keywords", ExportTarget::Keywords},
                  std::pair{"dashboard", ExportTarget::Dashboard}}) {
                // 4000×3000 at scale 2 is 48 megapixels: once is enough.
                if (size.width() == 4000 && scale == 2 && target != ExportTarget::Dashboard)
                    continue;
                QTest::addRow("%s %dx%d x%d", name, size.width(), size.height(), scale)
                    << target << size << scale;
            }
        }
    }
}

void TestChartExporter::exportIsReadyToPaste()
{
    QFETCH(ExportTarget, target);
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
    QVERIFY(target == ExportTarget::Keywords || publishers > 0);
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
    request.target = ExportTarget::Spending;
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
    request.target = ExportTarget::RdIntensity;
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
    QVERIFY(exporter.writeCsv(ExportTarget::Spending, path, false, false).ok());
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
    QVERIFY(exporter.writeCsv(ExportTarget::Spending, path, true, false).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<CsvTable> csv = parseCsv(QString::fromUtf8(file.readAll()), path);
    QVERIFY(csv.ok());
    const TableSelection shown = exporter.tableSelection(ExportTarget::Spending);
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
    QVERIFY(exporter.writeCsv(ExportTarget::Dashboard, path, false, false).ok());
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
    QCOMPARE(methods, exporter.methods(ExportTarget::Dashboard));
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

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
