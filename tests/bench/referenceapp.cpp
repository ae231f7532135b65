// The benchmark's yardstick: a bare QMainWindow with one QChartView of 14 points (or
// ANNALS_REFERENCE_CHARTS of them), watched by the same PaintProbe as Annals. A click selects
// the nearest point of the first chart, so "click" compares too.

#include "paintprobe.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLineSeries>
#include <QMainWindow>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

using namespace Annals;

namespace {

class ReferenceView : public QChartView
{
public:
    ReferenceView(QChart *chart, QLineSeries *series)
        : QChartView(chart)
        , m_series(series)
    {
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        const QPointF value = chart()->mapToValue(chart()->mapFromScene(
            mapToScene(event->position().toPoint())));
        const int index = int(std::lround(value.x())) - 2012;
        m_series->deselectAllPoints();
        if (index >= 0 && index < m_series->count())
            m_series->selectPoint(index);
        QChartView::mouseReleaseEvent(event);
    }

private:
    QLineSeries *m_series;
};

// A chart of 14 points, the \a index-th: each a little apart from the others.
QChart *referenceChart(int index, QLineSeries **seriesOut)
{
    auto *series = new QLineSeries;
    series->setName(QStringLiteral("series"));
    series->setPointsVisible(true);
    for (int i = 0; i < 14; ++i)
        series->append(2012 + i, 100 + 7 * i + (i % 3) * 5 + index);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setTitle(QStringLiteral("Reference"));
    *seriesOut = series;
    return chart;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    PaintProbe *probe = PaintProbe::fromEnvironment(&app);
    PaintProbe::phase(QStringLiteral("application"));

    QLineSeries *series = nullptr;
    QChart *chart = referenceChart(0, &series);
    auto *view = new ReferenceView(chart, series);
    QList<QWidget *> viewports{view->viewport()};
    QMainWindow window;
    // ANNALS_REFERENCE_CHARTS=3: as many charts, two to a row, like Annals' dashboard (what a
    // chart costs after the first, which pays for QtCharts' first use).
    const int charts = std::max(1, qEnvironmentVariableIntValue("ANNALS_REFERENCE_CHARTS"));
    if (charts == 1) {
        window.setCentralWidget(view);
    } else {
        auto *grid = new QWidget;
        auto *layout = new QGridLayout(grid);
        layout->addWidget(view, 0, 0);
        for (int index = 1; index < charts; ++index) {
            QLineSeries *other = nullptr;
            auto *otherView = new ReferenceView(referenceChart(index, &other), other);
            viewports.append(otherView->viewport());
            layout->addWidget(otherView, index / 2, index % 2);
        }
        window.setCentralWidget(grid);
    }
    window.resize(1000, 700);
    if (probe) {
        probe->watch(viewports);
        probe->setActions({{QStringLiteral("click"), [view, chart, series](int sample) {
                                const QPointF at = chart->mapToPosition(
                                    QPointF(sample % 2 ? 2020 : 2016, 130), series);
                                const QPoint position = view->mapFromScene(chart->mapToScene(at));
                                const QPointF global(view->viewport()->mapToGlobal(position));
                                for (QEvent::Type type : {QEvent::MouseButtonPress,
                                                          QEvent::MouseButtonRelease}) {
                                    QCoreApplication::postEvent(
                                        view->viewport(),
                                        new QMouseEvent(type, QPointF(position), global,
                                                        Qt::LeftButton,
                                                        type == QEvent::MouseButtonPress
                                                            ? Qt::LeftButton
                                                            : Qt::NoButton,
                                                        Qt::NoModifier));
                                }
                            }}});
    }
    PaintProbe::phase(QStringLiteral("window"));
    window.show();
    PaintProbe::phase(QStringLiteral("shown"));
    return app.exec();
}
