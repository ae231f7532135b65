#include "chartlayoutedits.h"
#include "chartlayouts.h"
#include "chartpane.h"
#include "dashboard.h"
#include "exportactions.h"
#include "extractreader.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "yearchart.h"
#include "yeartablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Annals;

namespace {

const QString budget = QStringLiteral("figure/central_st_expenditure/budget");
const QString actual = QStringLiteral("figure/central_st_expenditure/actual");

} // namespace

/// The dashboard's charts: relative views chosen on the chart, and charts of any extract.
class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportActionsJoinTheChartsAsTheyAre();
    void indexModeIsChosenOnTheChart();
    void changeModeLeavesAGapAtTheBreak();
    void otherCountryExtractShowsCharts();
    void addedChartIsLinkedToTheSelection();

private:
    ChartPane *paneOf(YearChart *chart) const;
    std::optional<double> modelValue(const QString &columnId, int year) const;
    void chooseMode(ChartPane *pane, int item);

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<Dashboard> m_dashboard;
};

void TestDashboard::init()
{
    m_document = std::make_unique<ProjectDocument>();
    const Result<Project> project = ProjectLoader::embeddedProject();
    QVERIFY(project.ok());
    m_document->resetProject(project.value());
    m_dashboard = std::make_unique<Dashboard>(m_document.get());
    m_dashboard->resize(1280, 760);
    m_dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
}

void TestDashboard::cleanup()
{
    m_dashboard.reset();
    m_document.reset();
}

ChartPane *TestDashboard::paneOf(YearChart *chart) const
{
    for (ChartPane *pane : m_dashboard->panes()) {
        if (pane->chart() == chart)
            return pane;
    }
    return nullptr;
}

std::optional<double> TestDashboard::modelValue(const QString &columnId, int year) const
{
    const YearTableModel *model = m_document->yearModel();
    const QVariant value = model->index(model->rowOfYear(year), model->columnOf(columnId))
                               .data(YearTableRoles::Value);
    return value.isValid() ? std::optional(value.toDouble()) : std::nullopt;
}

void TestDashboard::chooseMode(ChartPane *pane, int item)
{
    // A real click opens the list; a real click on the entry picks it.
    QComboBox *box = pane->modeBox();
    QTest::mouseClick(box, Qt::LeftButton);
    QAbstractItemView *list = box->view();
    QTRY_VERIFY(list->isVisible());
    // The open list ignores a release within a double-click interval of opening.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    const QRect entry = list->visualRect(list->model()->index(item, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, entry.center());
    QTRY_VERIFY(!list->isVisible());
    QCoreApplication::sendPostedEvents();
}

void TestDashboard::exportActionsJoinTheChartsAsTheyAre()
{
    // Building the charts is most of the window's startup: the actions must not rebuild them.
    QList<QPointer<YearChart>> before;
    for (YearChart *chart : m_dashboard->charts())
        before.append(chart);
    QCOMPARE(before.size(), 3);
    ExportActions exports(m_document.get(), m_dashboard.get());
    m_dashboard->setExportActions(&exports);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QList<YearChart *> after = m_dashboard->charts();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QVERIFY(before.at(i));
        QCOMPARE(after.at(i), before.at(i).data());
        QVERIFY(after.at(i)->findChild<QAction *>(QStringLiteral("copyChartAction")));
    }
}

void TestDashboard::indexModeIsChosenOnTheChart()
{
    YearChart *chart = m_dashboard->chart(ChartCatalog::Chart::Spending);
    ChartPane *pane = paneOf(chart);
    QVERIFY(pane);
    QCOMPARE(chart->axisTitle(PlotAxis::Primary), QStringLiteral("billion yuan"));
    QVERIFY(!pane->baseYearBox()->isVisible());

    chooseMode(pane, 1);
    // The default base: the first year shown where budget and execution both have a value.
    const auto [first, last] = m_document->yearRange();
    int base = 0;
    for (int year = first; year <= last && !base; ++year) {
        if (modelValue(budget, year) && modelValue(actual, year))
            base = year;
    }
    QCOMPARE(base, 2008);
    QCOMPARE(chart->axisTitle(PlotAxis::Primary), QStringLiteral("Index, 2008 = 100"));
    QCOMPARE(chart->relativeMode(), FigureTransform::Mode::Index);
    QCOMPARE(*chart->plottedValue(actual, 2008), 100.0);
    QCOMPARE(*chart->plottedValue(budget, 2014), *modelValue(budget, 2014)
                                                    / *modelValue(budget, 2008) * 100);
    // Growth rates stay rates, on their own axis.
    QCOMPARE(chart->axisTitle(PlotAxis::Secondary), QStringLiteral("growth, %"));
    // 2015 starts a new basis: no index across the break, a gap instead.
    QVERIFY(modelValue(budget, 2015));
    QVERIFY(!chart->plottedValue(budget, 2015));
    const QString tooltip = chart->tooltipFor(2014);
    QVERIFY2(tooltip.contains(QStringLiteral("index, 2008 = 100")), qPrintable(tooltip));
    QVERIFY2(tooltip.contains(QStringLiteral("267.39")), qPrintable(tooltip)); // absolute too
    QCOMPARE(m_document->viewState().charts.at(0).mode, FigureTransform::Mode::Index);
    // The details panel's text: the index and the absolute value.
    const QString details = m_dashboard->relativeDetailsHtml(2014);
    QVERIFY2(details.contains(QStringLiteral("Index, 2008 = 100")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("267.39")), qPrintable(details));
    QVERIFY(m_dashboard->relativeDetailsHtml(2014).contains(QStringLiteral("<b>235.8</b>")));

    // The analyst's base year, typed into the box on the chart.
    QSpinBox *spin = pane->baseYearBox();
    QVERIFY(spin->isVisible());
    QCOMPARE(spin->value(), 2008);
    QTest::mouseClick(spin, Qt::LeftButton);
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("2016"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(m_document->viewState().charts.at(0).baseYear, 2016);
    QCOMPARE(chart->axisTitle(PlotAxis::Primary), QStringLiteral("Index, 2016 = 100"));
    QCOMPARE(*chart->plottedValue(budget, 2016), 100.0);
    QCOMPARE(*chart->plottedValue(budget, 2019), *modelValue(budget, 2019)
                                                    / *modelValue(budget, 2016) * 100);
    QVERIFY(!chart->plottedValue(budget, 2014));

    // Undo: the base year, then the mode; redo brings both back.
    QUndoStack *undo = m_document->undoStack();
    undo->undo();
    QCOMPARE(chart->axisTitle(PlotAxis::Primary), QStringLiteral("Index, 2008 = 100"));
    QCOMPARE(spin->value(), 2008);
    undo->undo();
    QCOMPARE(chart->axisTitle(PlotAxis::Primary), QStringLiteral("billion yuan"));
    QCOMPARE(*chart->plottedValue(budget, 2014), *modelValue(budget, 2014));
    QCOMPARE(pane->modeBox()->currentIndex(), 0);
    QVERIFY(m_document->viewState().charts.isEmpty()); // the default dashboard again
    undo->redo();
    undo->redo();
    QCOMPARE(chart->axisTitle(PlotAxis::Primary), QStringLiteral("Index, 2016 = 100"));
    QCOMPARE(pane->modeBox()->currentIndex(), 1);
}

void TestDashboard::changeModeLeavesAGapAtTheBreak()
{
    YearChart *chart = m_dashboard->chart(ChartCatalog::Chart::Spending);
    chooseMode(paneOf(chart), 2);
    QCOMPARE(chart->axisTitle(PlotAxis::Primary), QStringLiteral("% change vs previous year"));
    const double b2013 = *modelValue(budget, 2013);
    QCOMPARE(*chart->plottedValue(budget, 2014),
             (*modelValue(budget, 2014) - b2013) / b2013 * 100);
    QVERIFY(modelValue(budget, 2015) && modelValue(budget, 2014));
    QVERIFY(!chart->plottedValue(budget, 2015)); // the break year
    const double b2015 = *modelValue(budget, 2015);
    QCOMPARE(*chart->plottedValue(budget, 2016),
             (*modelValue(budget, 2016) - b2015) / b2015 * 100);
    // The R&D intensity chart keeps its own view.
    QCOMPARE(m_dashboard->chart(ChartCatalog::Chart::RdIntensity)->relativeMode(),
             FigureTransform::Mode::Absolute);
}

void TestDashboard::otherCountryExtractShowsCharts()
{
    const Result<Dataset> dataset = ExtractReader::readFile(
        QFINDTESTDATA(QStringLiteral("../data/extract/other-country.json")));
    QVERIFY2(dataset.ok(), qPrintable(dataset ? QString() : dataset.error().toString()));
    m_document->resetProject(ProjectLoader::newProject(dataset.value()));
    QCoreApplication::sendPostedEvents();
    // No conventional series: one chart per unit kind (amounts, percentages, counts).
    QVERIFY(!m_dashboard->chart(ChartCatalog::Chart::Spending));
    QList<YearChart *> figures;
    for (YearChart *chart : m_dashboard->charts()) {
        if (chart->objectName().startsWith(QStringLiteral("chart")))
            figures.append(chart);
    }
    QCOMPARE(figures.size(), 3);
    const QString gerd = QStringLiteral("figure/xx_gerd/actual");
    QCOMPARE(figures.at(0)->plots().size(), 1);
    QCOMPARE(figures.at(0)->plots().at(0).columnId, gerd);
    QCOMPARE(figures.at(0)->segmentCount(gerd), 1);
    QCOMPARE(figures.at(0)->axisTitle(PlotAxis::Primary), QStringLiteral("billion EUR"));
    QCOMPARE(*figures.at(0)->plottedValue(gerd, 2020), 102.0);
    QCOMPARE(figures.at(1)->plots().at(0).columnId,
             QStringLiteral("figure/xx_gerd_pct_gdp/actual"));
    QVERIFY(m_dashboard->shownColumnIds().contains(gerd));

    // Index mode works on them too.
    chooseMode(paneOf(figures.at(0)), 1);
    QCOMPARE(figures.at(0)->axisTitle(PlotAxis::Primary), QStringLiteral("Index, 2018 = 100"));
    QCOMPARE(*figures.at(0)->plottedValue(gerd, 2022), 121.0);
}

void TestDashboard::addedChartIsLinkedToTheSelection()
{
    const int before = int(m_dashboard->charts().size());
    const QString gdp = QStringLiteral("figure/rd_expenditure_total/actual");
    QVERIFY(m_document->yearModel()->columnOf(gdp) >= 0);
    QCOMPARE(ChartLayoutEdits::addChart(m_document.get(), gdp), QString());
    QCOMPARE(m_dashboard->charts().size(), before + 1);
    YearChart *added = m_dashboard->findChild<YearChart *>(QStringLiteral("chart1"));
    QVERIFY(added);
    QTRY_VERIFY(added->isVisible());
    QCOMPARE(added->plots().size(), 1);
    int year = 0;
    for (int y = 2015; y <= 2020 && !year; ++y) {
        if (modelValue(gdp, y))
            year = y;
    }
    QVERIFY(year);
    QTest::mouseClick(added->plotWidget(), Qt::LeftButton, {},
                      added->positionOf(year, *modelValue(gdp, year)));
    QCOMPARE(m_document->currentYear(), year);
    QCOMPARE(m_dashboard->chart(ChartCatalog::Chart::Spending)->highlightedYears(),
             QList<int>{year});
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
