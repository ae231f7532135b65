#include "chartlayoutedits.h"
#include "chartlayouts.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "yeartablemodel.h"

#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Annals;

namespace {

using Edit = std::function<QString(ProjectDocument *)>;
using Layouts = QList<ChartLayout>;

const QString rdTotal = QStringLiteral("figure/rd_expenditure_total/actual");
const QString intensity = QStringLiteral("figure/rd_intensity_pct_gdp/actual");
const QString budget = QStringLiteral("figure/central_st_expenditure/budget");

ChartLayout chart(const char *kind, const QStringList &columns = {},
                  FigureTransform::Mode mode = FigureTransform::Mode::Absolute, int base = 0)
{
    ChartLayout layout;
    layout.kind = QString::fromLatin1(kind);
    layout.columnIds = columns;
    layout.mode = mode;
    layout.baseYear = base;
    return layout;
}

} // namespace

/// Every chart edit is one undo step: do → compare → undo → compare → redo → compare.
class TestChartLayoutEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void undoRoundTrips_data();
    void undoRoundTrips();
    void steppingTheBaseYearIsOneUndoStep();
    void refusesAThirdUnitKind();
    void removingAConventionalSeriesHidesIt();

private:
    std::unique_ptr<ProjectDocument> m_document;
};

void TestChartLayoutEdits::init()
{
    m_document = std::make_unique<ProjectDocument>();
    const Result<Project> project = ProjectLoader::embeddedProject();
    QVERIFY(project.ok());
    m_document->resetProject(project.value());
}

void TestChartLayoutEdits::undoRoundTrips_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Layouts>("expected");
    const ChartLayout spending = chart(ChartLayout::spending);
    const ChartLayout rd = chart(ChartLayout::rdIntensity);
    const ChartLayout keywords = chart(ChartLayout::keywords);
    using Mode = FigureTransform::Mode;

    QTest::newRow("index mode")
        << Edit([](ProjectDocument *d) {
               ChartLayoutEdits::setMode(d, 0, FigureTransform::Mode::Index);
               return QString();
           })
        << Layouts{chart(ChartLayout::spending, {}, Mode::Index), rd, keywords};
    QTest::newRow("base year")
        << Edit([](ProjectDocument *d) {
               ChartLayoutEdits::setMode(d, 1, FigureTransform::Mode::Index, 2015);
               return QString();
           })
        << Layouts{spending, chart(ChartLayout::rdIntensity, {}, Mode::Index, 2015), keywords};
    QTest::newRow("% change")
        << Edit([](ProjectDocument *d) {
               ChartLayoutEdits::setMode(d, 1, FigureTransform::Mode::ChangeFromPrevious);
               return QString();
           })
        << Layouts{spending, chart(ChartLayout::rdIntensity, {}, Mode::ChangeFromPrevious),
                   keywords};
    QTest::newRow("new chart")
        << Edit([](ProjectDocument *d) { return ChartLayoutEdits::addChart(d, rdTotal); })
        << Layouts{spending, rd, chart(ChartLayout::custom, {rdTotal}), keywords};
    QTest::newRow("remove chart")
        << Edit([](ProjectDocument *d) {
               ChartLayoutEdits::removeChart(d, 1);
               return QString();
           })
        << Layouts{spending, keywords};
    QTest::newRow("add series")
        << Edit([](ProjectDocument *d) { return ChartLayoutEdits::addSeries(d, 0, rdTotal); })
        << Layouts{chart(ChartLayout::spending, {rdTotal}), rd, keywords};
    QTest::newRow("add a percentage to the spending chart")
        << Edit([](ProjectDocument *d) { return ChartLayoutEdits::addSeries(d, 0, intensity); })
        << Layouts{chart(ChartLayout::spending, {intensity}), rd, keywords};
}

void TestChartLayoutEdits::undoRoundTrips()
{
    QFETCH(Edit, edit);
    QFETCH(Layouts, expected);
    const ViewState before = m_document->viewState();
    QVERIFY(before.charts.isEmpty()); // the default dashboard
    QCOMPARE(edit(m_document.get()), QString());
    QCOMPARE(m_document->viewState().charts, expected);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->viewState(), before);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->viewState().charts, expected);
}

void TestChartLayoutEdits::steppingTheBaseYearIsOneUndoStep()
{
    ChartLayoutEdits::setMode(m_document.get(), 0, FigureTransform::Mode::Index);
    for (int year = 2010; year <= 2016; ++year)
        ChartLayoutEdits::setBaseYear(m_document.get(), 0, year);
    QCOMPARE(m_document->undoStack()->count(), 2);
    QCOMPARE(m_document->viewState().charts.at(0).baseYear, 2016);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->viewState().charts.at(0).baseYear, 0);
    QCOMPARE(m_document->viewState().charts.at(0).mode, FigureTransform::Mode::Index);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->viewState().charts.at(0).baseYear, 2016);
}

void TestChartLayoutEdits::refusesAThirdUnitKind()
{
    const Project &project = m_document->project();
    const YearTableModel &model = *m_document->yearModel();
    // A chart of amounts and of percentages: each kind on its axis.
    QCOMPARE(ChartLayoutEdits::addChart(m_document.get(), rdTotal), QString());
    QCOMPARE(ChartLayoutEdits::addSeries(m_document.get(), 2, intensity), QString());
    const QList<PlotSpec> plots = ChartLayouts::plots(m_document->viewState().charts.at(2),
                                                      project, model);
    QCOMPARE(plots.size(), 2);
    QCOMPARE(plots.at(0).axis, PlotAxis::Primary);
    QCOMPARE(plots.at(1).axis, PlotAxis::Secondary);
    // Keyword counts are a third kind: refused, with a reason, and nothing changes.
    const int steps = m_document->undoStack()->count();
    const QString refusal = ChartLayoutEdits::addSeries(m_document.get(), 2,
                                                        QStringLiteral("keyword/科技/count"));
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(m_document->undoStack()->count(), steps);
    const QString third = ChartLayouts::refusal(
        chart(ChartLayout::custom, {rdTotal, intensity}), QStringLiteral("figure/x/actual"),
        project, model);
    QVERIFY(!third.isEmpty());
    // The same series twice is refused too.
    QVERIFY(!ChartLayoutEdits::addSeries(m_document.get(), 2, rdTotal).isEmpty());
    // Removing an added series is one step back to one series.
    ChartLayoutEdits::removeSeries(m_document.get(), 2, intensity);
    QCOMPARE(m_document->viewState().charts.at(2).columnIds, QStringList{rdTotal});
    m_document->undoStack()->undo();
    QCOMPARE(m_document->viewState().charts.at(2).columnIds, (QStringList{rdTotal, intensity}));
}

void TestChartLayoutEdits::removingAConventionalSeriesHidesIt()
{
    ChartLayoutEdits::removeSeries(m_document.get(), 0, budget);
    QVERIFY(m_document->viewState().hiddenPlots.contains(budget));
    const QList<PlotSpec> plots = ChartLayouts::plots(
        chart(ChartLayout::spending), m_document->project(), *m_document->yearModel());
    QVERIFY(std::none_of(plots.cbegin(), plots.cend(),
                         [](const PlotSpec &plot) { return plot.columnId == budget; }));
    m_document->undoStack()->undo();
    QVERIFY(!m_document->viewState().hiddenPlots.contains(budget));
}

QTEST_MAIN(TestChartLayoutEdits)
#include "tst_chartlayoutedits.moc"
