// The benchmark's yardstick: a bare QMainWindow with one QChartView of 14 points, watched by
// the same PaintProbe as Annals. A click selects the nearest point, so "click" compares too.

#include "paintprobe.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLineSeries>
#include <QMainWindow>
#include <QMouseEvent>

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    PaintProbe *probe = PaintProbe::fromEnvironment(&app);

    auto *series = new QLineSeries;
    series->setName(QStringLiteral("series"));
    series->setPointsVisible(true);
    for (int i = 0; i < 14; ++i)
        series->append(2012 + i, 100 + 7 * i + (i % 3) * 5);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setTitle(QStringLiteral("Reference"));
    auto *view = new ReferenceView(chart, series);
    QMainWindow window;
    window.setCentralWidget(view);
    window.resize(1000, 700);
    if (probe) {
        probe->watch({view->viewport()});
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
    window.show();
    return app.exec();
}
