#include "chartexporter.h"
#include "commandrun.h"
#include "csvtable.h"
#include "exportcommand.h"
#include "projectloader.h"
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
using Target = ExportRequest::Target;

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
    QTest::addColumn<Target>("target");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QRgb>("colour"); // a series colour the chart must contain
    QTest::newRow("spending 1x") << Target::Spending << QSize(800, 500) << 1 << qRgb(0x21, 0x66, 0xac);
    QTest::newRow("rd 2x") << Target::RdIntensity << QSize(640, 400) << 2 << qRgb(0x00, 0x6d, 0x77);
    QTest::newRow("keywords 3x") << Target::Keywords << QSize(500, 300) << 3 << qRgb(0x1f, 0x77, 0xb4);
    QTest::newRow("dashboard 1x") << Target::Dashboard << QSize(1600, 1000) << 1 << qRgb(0x21, 0x66, 0xac);
}

void TestChartExporter::pngHasTheAskedSizeAndTheChart()
{
    QFETCH(Target, target);
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
    const Result<bool> written = exporter.writePng({Target::Dashboard, QSize(10000, 10000), 4},
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
    QVERIFY(exporter.writeSvg({Target::Spending, QSize(900, 560), 1}, path).ok());
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
    QVERIFY(exporter.writePdf({Target::Dashboard, QSize(1600, 1000), 1}, path).ok());
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
    QVERIFY(exporter.writeCsv(Target::Spending, path, false, true).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const Result<CsvTable> csv = parseCsv(QString::fromUtf8(bytes), path);
    QVERIFY(csv.ok());
    QCOMPARE(csv.value().header, (QStringList{QStringLiteral("series"), QStringLiteral("year"),
                                              QStringLiteral("value"), QStringLiteral("unit"),
                                              QStringLiteral("vintage"),
                                              QStringLiteral("source_url")}));
    // Every non-empty cell of the chart's columns in the shown years, and nothing else.
    const TableSelection shown = exporter.tableSelection(Target::Spending);
    int expectedRows = 0;
    for (const QString &id : shown.columnIds) {
        for (int year = shown.firstYear; year <= shown.lastYear; ++year) {
            const QModelIndex index = m_model.index(m_model.rowOfYear(year), m_model.columnOf(id));
            if (index.data(YearTableRoles::Value).isValid())
                ++expectedRows;
        }
    }
    QCOMPARE(csv.value().records.size(), expectedRows);
    for (const CsvTable::Record &record : csv.value().records) {
        QVERIFY(shown.columnIds.contains(record.fields.at(0)));
        const QModelIndex index = m_model.index(m_model.rowOfYear(record.fields.at(1).toInt()),
                                                m_model.columnOf(record.fields.at(0)));
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
    QVERIFY(exporter.writeCsv(Target::Dashboard, path, true, false).ok());
    QFile file(path + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("annals-export-sidecar"));
    QCOMPARE(root.value(QStringLiteral("file")).toString(), QStringLiteral("keywords.csv"));
    const QJsonArray columns = root.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), exporter.tableSelection(Target::Dashboard).columnIds.size());
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

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
