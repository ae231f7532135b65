#include "paintprobeactions.h"

#include "dashboard.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "yearchart.h"
#include "yearrangecontrol.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSpinBox>
#include <QTimer>

namespace Annals {

namespace {

// Real input events, posted as the window system would deliver them.
void postClick(QWidget *target, const QPoint &position)
{
    const QPointF local(position);
    const QPointF global(target->mapToGlobal(position));
    QCoreApplication::postEvent(target, new QMouseEvent(QEvent::MouseButtonPress, local, global,
                                                        Qt::LeftButton, Qt::LeftButton,
                                                        Qt::NoModifier));
    QCoreApplication::postEvent(target, new QMouseEvent(QEvent::MouseButtonRelease, local,
                                                        global, Qt::LeftButton, Qt::NoButton,
                                                        Qt::NoModifier));
}

void postKey(QWidget *target, int key)
{
    QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier));
    QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier));
}

} // namespace

void PaintProbeActions::attach(PaintProbe *probe, MainWindow *window)
{
    QList<QWidget *> views;
    for (YearChart *chart : window->dashboard()->charts())
        views.append(chart->plotWidget());
    probe->watch(views);

    YearChart *keywords = window->dashboard()->charts().last();
    QList<PaintProbe::Action> actions;
    const QString project = qEnvironmentVariable("ANNALS_PAINT_PROBE_OPEN");
    // First: the other actions change the view, and opening a modified project asks first.
    if (!project.isEmpty()) {
        actions.append({QStringLiteral("open"), [window, project](int) {
                            QMetaObject::invokeMethod(
                                window,
                                [window, project] { window->imports()->openAnyFile(project); },
                                Qt::QueuedConnection);
                        }});
    }
    actions.append({QStringLiteral("click"), [keywords](int sample) {
                        // Two years a third and two thirds across, in turn: each click
                        // moves the selection, whatever the range shown.
                        QWidget *plot = keywords->plotWidget();
                        const QPoint point(plot->width() * (sample % 2 ? 2 : 1) / 3,
                                           plot->height() / 2);
                        postClick(plot, point);
                    }});
    actions.append({QStringLiteral("step"), [keywords](int sample) {
                        // The chart's view takes the keys; its viewport only the mouse.
                        postKey(keywords->plotWidget()->parentWidget(),
                                sample % 2 ? Qt::Key_Left : Qt::Key_Right);
                    }});
    actions.append({QStringLiteral("range"), [window](int sample) {
                        postKey(window->yearRange()->fromBox(),
                                sample % 2 ? Qt::Key_PageDown : Qt::Key_PageUp);
                    }});
    // ANNALS_PAINT_PROBE_ACTIONS=click,step runs only those (for profiling one of them).
    const QStringList only = qEnvironmentVariable("ANNALS_PAINT_PROBE_ACTIONS")
                                 .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!only.isEmpty()) {
        actions.removeIf([&only](const PaintProbe::Action &action) {
            return !only.contains(action.name);
        });
    }
    probe->setActions(actions);
}

void PaintProbeActions::warmUpIfAsked(ProjectDocument *document)
{
    if (!qEnvironmentVariableIsSet("ANNALS_PAINT_PROBE_WARM_UP"))
        return;
    {
        MainWindow window(document);
        window.show();
        QEventLoop painting; // mapped and painted: the window system has answered by then
        QTimer::singleShot(300, &painting, &QEventLoop::quit);
        painting.exec();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    PaintProbe::phase(QStringLiteral("warm"));
}

} // namespace Annals
