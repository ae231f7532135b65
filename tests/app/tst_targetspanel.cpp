// The Targets view on the embedded dataset, driven as an analyst would: choose an indicator,
// read the summary, change vintage and tolerance, click a row and a mark, hover for the phrase;
// with the report text imported, one click opens the report viewer at the target's phrase.

#include "commandrun.h"
#include "dashboard.h"
#include "exportcommand.h"
#include "datasetloader.h"
#include "detailsappendix.h"
#include "planshading.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "reporttextreader.h"
#include "reportviewer.h"
#include "targetchart.h"
#include "targetreport.h"
#include "targetspanel.h"
#include "targettablemodel.h"
#include "yearchart.h"
#include "yearselection.h"
#include "yeartablemodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QToolButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Annals;

class TestTargetsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void filtersAndSummarises();
    void vintageAndToleranceChangeTheStatus();
    void clickingARowSelectsItsYearEverywhere();
    void clickingAMarkSelectsItsYear();
    void drawsEveryTargetAsWhatItIs();
    void detailsNameThePlanAndTheTargets();
    void plansAreShadedOnEveryChartUnlessSwitchedOff();
    void exportsTheTargetsChart();
    void opensTheReportAtTheTargetPhrase();
    void saysHowToImportAMissingReport_data();
    void saysHowToImportAMissingReport();

private:
    /// Imports tests/data/target-report/gwr-2016-zh.txt into a new project, as
    /// File ▸ Import Report Texts does, and shows the panel on it.
    void importTheReport();
    /// The report viewer opened from the panel, checked to show \a phrase highlighted.
    void verifyViewerAt(const QString &phrase);
    int rowOf(int year) const;
    int tableRowOf(const QString &indicator, int year) const;

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<TargetsPanel> m_panel;
};

void TestTargetsPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_targetspanel"));
    QSettings().clear();
}

void TestTargetsPanel::init()
{
    m_panel.reset();
    m_document = std::make_unique<ProjectDocument>();
    const Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    QVERIFY(dataset.ok());
    m_document->resetProject(ProjectLoader::newProject(dataset.value()));
    m_panel = std::make_unique<TargetsPanel>(m_document.get());
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

int TestTargetsPanel::rowOf(int year) const
{
    return YearSelection::rowOfYear(m_document->yearModel(), year);
}

int TestTargetsPanel::tableRowOf(const QString &indicator, int year) const
{
    const QAbstractItemModel *model = m_panel->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(TargetTableModel::IndicatorIdRole).toString() == indicator
            && index.data(TargetTableModel::YearRole).toInt() == year)
            return row;
    }
    return -1;
}

void TestTargetsPanel::filtersAndSummarises()
{
    QComboBox *indicator = m_panel->indicatorBox();
    QCOMPARE(indicator->itemText(0), QStringLiteral("All indicators"));
    QCOMPARE(m_panel->table()->model()->rowCount(), 119);
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("rd_intensity_pct")));
    QCOMPARE(m_panel->table()->model()->rowCount(), 4);
    // 11th, 12th and 13th plans missed; the 14th had no numeric target.
    QCOMPARE(m_panel->summaryLabel()->text(),
             QStringLiteral("R&amp;D intensity (plan target) (研发经费投入强度): 0 of 3 targets "
                            "met, 3 missed"));
    QCOMPARE(m_panel->chart()->marks().size(), 4);
    QCOMPARE(m_panel->chart()->title(),
             QStringLiteral("Targets and outcomes: R&D intensity (plan target) (研发经费投入强度)"));

    // Sorting by gap puts the largest miss (11th plan, −0.24) first.
    m_panel->table()->sortByColumn(TargetTableModel::Gap, Qt::AscendingOrder);
    const QModelIndex first = m_panel->table()->model()->index(0, TargetTableModel::Year);
    QCOMPARE(first.data().toString(), QStringLiteral("2010"));
    QCOMPARE(first.siblingAtColumn(TargetTableModel::Gap).data().toString(),
             QStringLiteral("-0.24"));
}

void TestTargetsPanel::vintageAndToleranceChangeTheStatus()
{
    QComboBox *indicator = m_panel->indicatorBox();
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("gdp_growth")));
    const auto status2015 = [this] {
        return m_panel->table()->model()->index(tableRowOf(QStringLiteral("gdp_growth"), 2015),
                                                TargetTableModel::Status).data().toString();
    };
    QCOMPARE(status2015(), QStringLiteral("near")); // 6.9 against "7%左右"
    QVERIFY(m_panel->summaryLabel()->text().startsWith(QStringLiteral("GDP growth")));
    const QString before = m_panel->summaryLabel()->text();

    QSignalSpy changed(m_panel.get(), &TargetsPanel::evaluatorChanged);
    m_panel->toleranceBox()->setValue(0);
    QCOMPARE(status2015(), QStringLiteral("missed"));
    QVERIFY(m_panel->summaryLabel()->text() != before);
    m_panel->toleranceBox()->setValue(0.2);
    m_panel->vintageBox()->setCurrentIndex(1); // revised: 7.0
    QCOMPARE(status2015(), QStringLiteral("met"));
    QCOMPARE(m_panel->evaluator().preference(), TargetEvaluator::Preference::Revised);
    QCOMPARE(changed.count(), 3);
    // Saved with the project, and undoable; successive choices merge into one step.
    QVERIFY(m_document->snapshot().view.judgeRevisedOutcomes);
    QCOMPARE(m_document->snapshot().view.targetTolerance, 0.2);
    m_document->undoStack()->undo();
    QCOMPARE(m_panel->vintageBox()->currentIndex(), 0);
    QCOMPARE(m_panel->toleranceBox()->value(), 0.2);
    QCOMPARE(status2015(), QStringLiteral("near"));
    QVERIFY(!m_document->snapshot().view.judgeRevisedOutcomes);
}

void TestTargetsPanel::clickingARowSelectsItsYearEverywhere()
{
    QComboBox *indicator = m_panel->indicatorBox();
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("cpi")));
    QTableView *table = m_panel->table();
    const QModelIndex index = table->model()->index(tableRowOf(QStringLiteral("cpi"), 2011),
                                                    TargetTableModel::Status);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(YearSelection::selectedRows(m_document->yearSelection()), QList<int>{rowOf(2011)});
    QCOMPARE(m_panel->chart()->highlightedYears(), QList<int>{2011});
}

void TestTargetsPanel::clickingAMarkSelectsItsYear()
{
    QComboBox *indicator = m_panel->indicatorBox();
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("gdp_growth")));
    TargetChart *chart = m_panel->chart();
    const QPoint at = chart->positionOf(2015, 6.9).toPoint();
    QCOMPARE(chart->yearAt(at), std::optional<int>(2015));
    QTest::mouseClick(chart, Qt::LeftButton, {}, at);
    QCOMPARE(YearSelection::selectedRows(m_document->yearSelection()), QList<int>{rowOf(2015)});
    QCOMPARE(chart->highlightedYears(), QList<int>{2015});

    // Hovering names the verbatim phrase, its source, the status and the gap.
    QString tooltip;
    for (const TargetMark &mark : chart->marks()) {
        if (mark.year == 2015)
            tooltip = mark.tooltip;
    }
    QVERIFY2(tooltip.contains(QStringLiteral("国内生产总值增长7%左右")), qPrintable(tooltip));
    QVERIFY(tooltip.contains(QStringLiteral("shared/corpus/gwr-2015-zh.txt")));
    QVERIFY(tooltip.contains(QStringLiteral("near")));
    QVERIFY(tooltip.contains(QStringLiteral("gap -0.1")));
}

void TestTargetsPanel::drawsEveryTargetAsWhatItIs()
{
    QComboBox *indicator = m_panel->indicatorBox();
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("gdp_growth")));
    QHash<int, TargetMark> byYear;
    for (const TargetMark &mark : m_panel->chart()->marks())
        byYear.insert(mark.year, mark);
    QCOMPARE(byYear.value(2015).shape, TargetMark::Shape::About);
    QCOMPARE(byYear.value(1995).shape, TargetMark::Shape::Band);
    QCOMPARE(byYear.value(1997).shape, TargetMark::Shape::Point);
    QCOMPARE(byYear.value(2020).shape, TargetMark::Shape::None);
    // Outcome colours by status: near amber, missed red, met green, no target grey.
    QCOMPARE(byYear.value(2015).outcomeColor, QColor(0xe0, 0x9a, 0x00));
    QCOMPARE(byYear.value(1997).outcomeColor, QColor(0xc6, 0x28, 0x28));
    QCOMPARE(byYear.value(2016).outcomeColor, QColor(0x2e, 0x7d, 0x32));
    QCOMPARE(byYear.value(2020).outcomeColor, QColor(0x9e, 0x9e, 0x9e));
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("new_urban_jobs_mn")));
    QCOMPARE(m_panel->chart()->marks().first().shape, TargetMark::Shape::Point); // 2004
    QCOMPARE(m_panel->chart()->marks().last().shape, TargetMark::Shape::Floor);  // 2025
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("cpi")));
    QCOMPARE(m_panel->chart()->marks().first().shape, TargetMark::Shape::Ceiling); // 2005
}

void TestTargetsPanel::detailsNameThePlanAndTheTargets()
{
    const QString html = DetailsAppendix::html(m_document->project(), 2015, m_panel->evaluator());
    QVERIFY2(html.contains(QStringLiteral("12th Five-Year Plan")), qPrintable(html));
    // The plan's target against the outcome, judged like the Targets view judges it.
    const QString plan = QStringLiteral("R&amp;D intensity target 2.2% of GDP by 2015 "
                                        "(“比重达到2.2%”); outcome 2.07% (final): missed, 0.13 "
                                        "points below.");
    QVERIFY2(html.contains(plan), qPrintable(html));
    // Any year of the plan names it, with the same line.
    QVERIFY(DetailsAppendix::html(m_document->project(), 2012, m_panel->evaluator())
                .contains(plan));
    QVERIFY(html.contains(QStringLiteral("国内生产总值增长7%左右")));
    QVERIFY(html.contains(QStringLiteral("<b>near</b>")));
    QVERIFY(!DetailsAppendix::html(m_document->project(), 1965).contains(QStringLiteral("Plan")));
}

void TestTargetsPanel::plansAreShadedOnEveryChartUnlessSwitchedOff()
{
    QVERIFY(m_document->viewState().showPlanPeriods);
    const QList<YearMarker> markers = PlanShading::markers(m_document->project().dataset);
    QCOMPARE(markers.size(), 15);
    QCOMPARE(markers.at(10).label, QStringLiteral("11th FYP"));
    QCOMPARE(markers.at(10).firstYear, 2006);
    QCOMPARE(markers.at(10).lastYear, 2010);
    QCOMPARE(markers.at(0).label, QStringLiteral("1st FYP"));
    QCOMPARE(markers.at(11).label, QStringLiteral("12th FYP"));
    QVERIFY(markers.at(10).color != markers.at(11).color);

    Dashboard dashboard(m_document.get());
    for (YearChart *chart : dashboard.charts())
        QCOMPARE(chart->markers().mid(0, 15), markers);
    // Switched off: an undoable edit of the project's view, followed by every chart.
    m_document->setPlanPeriodsShown(false);
    QVERIFY(!m_document->snapshot().view.showPlanPeriods);
    for (YearChart *chart : dashboard.charts())
        QVERIFY(chart->markers().isEmpty());
    m_document->undoStack()->undo();
    for (YearChart *chart : dashboard.charts())
        QCOMPARE(chart->markers().mid(0, 15), markers);
}

void TestTargetsPanel::exportsTheTargetsChart()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("targets.png"));
    const QString svg = dir.filePath(QStringLiteral("targets.svg"));
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runExportCommand,
                        {"--chart", "targets", "--png", png, "--svg", svg, "--size", "1280x800"},
                        &out, &err),
             0);
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));
    // Drawn, not blank: the outcome dots of the statuses are there.
    bool red = false;
    for (int y = 0; y < image.height() && !red; y += 2) {
        for (int x = 0; x < image.width() && !red; x += 2)
            red = image.pixelColor(x, y) == QColor(0xc6, 0x28, 0x28);
    }
    QVERIFY(red);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<svg"));

    err.clear();
    QCOMPARE(runCommand(&Cli::runExportCommand,
                        {"--chart", "targets", "--csv", dir.filePath(QStringLiteral("t.csv"))},
                        &out, &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("annals targets")), qPrintable(err));
}

void TestTargetsPanel::importTheReport()
{
    const QString path = QFINDTESTDATA("../data/target-report/gwr-2016-zh.txt");
    QVERIFY(!path.isEmpty());
    const Result<ReportText> text = ReportTextReader::read(path);
    QVERIFY(text.ok());
    const ReportTextRef ref = ReportTextReader::reference(text.value());
    QCOMPARE(ref.year, 2016);
    Project project = m_document->snapshot();
    project.texts.append(ref);
    m_document->resetProject(project);
}

void TestTargetsPanel::verifyViewerAt(const QString &phrase)
{
    auto *viewer = m_panel->findChild<ReportViewer *>(QStringLiteral("reportViewer"));
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QVERIFY2(viewer->windowTitle().startsWith(QStringLiteral("gwr-2016-zh.txt (2016)")),
             qPrintable(viewer->windowTitle()));
    const QList<QTextEdit::ExtraSelection> marked = viewer->editor()->extraSelections();
    QCOMPARE(marked.size(), 1);
    QCOMPARE(marked.first().cursor.selectedText(), phrase);
    const QString text = viewer->editor()->toPlainText();
    QCOMPARE(viewer->editor()->textCursor().position(), int(text.indexOf(phrase)));
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS")) {
        viewer->grab().save(qEnvironmentVariable("ANNALS_TEST_SHOTS")
                            + QStringLiteral("/report-at-target-phrase.png"));
        m_panel->grab().save(qEnvironmentVariable("ANNALS_TEST_SHOTS")
                             + QStringLiteral("/targets-open-in-report.png"));
    }
    delete viewer;
}

void TestTargetsPanel::opensTheReportAtTheTargetPhrase()
{
    importTheReport();
    const QString phrase = QStringLiteral("全社会研发经费投入强度达到2.5%");

    // The table row: one click on the "Open in Report" button of the view.
    QTableView *table = m_panel->table();
    const int row = tableRowOf(QStringLiteral("rd_intensity_pct"), 2020);
    QVERIFY(row >= 0);
    table->scrollTo(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, 1)).center());
    QAction *open = m_panel->openInReportAction();
    QVERIFY(open->isEnabled());
    QVERIFY2(open->toolTip().contains(phrase), qPrintable(open->toolTip()));
    QVERIFY(table->actions().contains(open)); // also the row's context menu
    auto *button = m_panel->findChild<QToolButton *>(QStringLiteral("openInReportButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    verifyViewerAt(phrase);

    // The chart mark: its context menu.
    QComboBox *indicator = m_panel->indicatorBox();
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("rd_intensity_pct")));
    const QPoint mark = m_panel->chart()->positionOf(2020, 2.5).toPoint();
    std::unique_ptr<QMenu> menu(m_panel->chartMenuAt(mark));
    QVERIFY(menu);
    QAction *markAction = menu->findChild<QAction *>(QStringLiteral("openMarkInReportAction"));
    QVERIFY(markAction && markAction->isEnabled());
    markAction->trigger();
    verifyViewerAt(phrase);

    // The details panel: a link beside the phrase.
    const QString html = DetailsAppendix::html(m_document->project(), 2020, m_panel->evaluator());
    QVERIFY2(html.contains(QStringLiteral("annals:target?indicator=rd_intensity_pct&amp;year="
                                          "2020"))
                 || html.contains(QStringLiteral("annals:target?indicator=rd_intensity_pct&"
                                                 "year=2020")),
             qPrintable(html));
    QVERIFY(m_panel->openTargetLink(
        QUrl(QStringLiteral("annals:target?indicator=rd_intensity_pct&year=2020"))));
    verifyViewerAt(phrase);
    QVERIFY(!m_panel->openTargetLink(QUrl(QStringLiteral("annals:report?sha=x"))));

    // A 2016 target quoted from the same report opens it too.
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("gdp_growth")));
    std::unique_ptr<QMenu> gdp(m_panel->chartMenuAt(
        m_panel->chart()->positionOf(2016, 6.75).toPoint()));
    QVERIFY(gdp);
    gdp->findChild<QAction *>(QStringLiteral("openMarkInReportAction"))->trigger();
    verifyViewerAt(QStringLiteral("国内生产总值增长6.5%－7%"));
}

void TestTargetsPanel::saysHowToImportAMissingReport_data()
{
    QTest::addColumn<bool>("imported");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("toolTip");
    const QString notImported
        = QStringLiteral("The 2011 report (gwr-2011-zh.txt) is not imported. Import it with "
                         "File ▸ Import Report Texts… to open it at this phrase.");
    QTest::newRow("12th plan, nothing imported") << false << 2015 << notImported;
    QTest::newRow("12th plan, another report imported") << true << 2015 << notImported;
    QTest::newRow("13th plan, nothing imported")
        << false << 2020
        << "The 2016 report (gwr-2016-zh.txt) is not imported. Import it with File ▸ Import "
           "Report Texts… to open it at this phrase.";
    QTest::newRow("11th plan, quoted from a web page")
        << true << 2010
        << "The phrase is quoted from http://china.org.cn/english/MATERIAL/186552.htm, not from "
           "a report text.";
}

void TestTargetsPanel::saysHowToImportAMissingReport()
{
    QFETCH(bool, imported);
    QFETCH(int, year);
    QFETCH(QString, toolTip);
    if (imported)
        importTheReport();
    const int row = tableRowOf(QStringLiteral("rd_intensity_pct"), year);
    QVERIFY(row >= 0);
    m_panel->table()->setCurrentIndex(m_panel->table()->model()->index(row, 0));
    QAction *open = m_panel->openInReportAction();
    QVERIFY(!open->isEnabled());
    QCOMPARE(open->toolTip(), toolTip);

    QComboBox *indicator = m_panel->indicatorBox();
    indicator->setCurrentIndex(indicator->findData(QStringLiteral("rd_intensity_pct")));
    std::unique_ptr<QMenu> menu(m_panel->chartMenuAt(
        m_panel->chart()->positionOf(year, *m_document->project()
                                                 .dataset
                                                 .target(QStringLiteral("rd_intensity_pct"),
                                                         year)
                                                 ->low)
            .toPoint()));
    QVERIFY(menu);
    QAction *markAction = menu->findChild<QAction *>(QStringLiteral("openMarkInReportAction"));
    QVERIFY(!markAction->isEnabled());
    QCOMPARE(markAction->toolTip(), toolTip);
    if (year != 2010) {
        const QString html
            = DetailsAppendix::html(m_document->project(), year, m_panel->evaluator());
        QVERIFY2(html.contains(QStringLiteral("to open the phrase in the report")),
                 qPrintable(html));
    }
}

QTEST_MAIN(TestTargetsPanel)
#include "tst_targetspanel.moc"
