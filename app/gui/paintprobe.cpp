#include "paintprobe.h"

#include "safewriter.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QThread>

#include <cstdio>
#include <utility>

namespace Annals {

namespace {

// Long enough to see a repaint scheduled by a timer or a second update request, short enough
// for 30 samples of several actions to take seconds.
constexpr int quietMsecs = 150;

PaintProbe *activeProbe = nullptr;

} // namespace

PaintProbe *PaintProbe::fromEnvironment(QObject *parent)
{
    const QString fileName = qEnvironmentVariable("ANNALS_PAINT_PROBE");
    if (fileName.isEmpty())
        return nullptr;
    const qint64 launched = qEnvironmentVariable("ANNALS_PAINT_PROBE_T0").toLongLong();
    const int samples = qEnvironmentVariableIntValue("ANNALS_PAINT_PROBE_SAMPLES");
    return new PaintProbe(fileName, launched, samples, parent);
}

PaintProbe::PaintProbe(const QString &fileName, qint64 launchedNanoseconds, int samples,
                       QObject *parent)
    : QObject(parent)
    , m_fileName(fileName)
    , m_samples(samples)
{
    m_clock.start();
    activeProbe = this;
    // The launcher's time stamp is wall-clock time: it is the only clock both processes share.
    const qint64 sinceLaunch = launchedNanoseconds > 0
                                   ? QDateTime::currentMSecsSinceEpoch() * 1000000
                                         - launchedNanoseconds
                                   : 0;
    m_startNanoseconds = -std::max<qint64>(0, sinceLaunch);
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMsecs);
    connect(&m_quiet, &QTimer::timeout, this, &PaintProbe::settled);
    connect(QThread::currentThread()->eventDispatcher(), &QAbstractEventDispatcher::aboutToBlock,
            this, &PaintProbe::aboutToBlock);
}

PaintProbe::~PaintProbe()
{
    if (activeProbe == this)
        activeProbe = nullptr;
}

void PaintProbe::phase(const QString &name)
{
    if (activeProbe && activeProbe->m_waiting)
        activeProbe->m_phases.append({name, activeProbe->m_clock.nsecsElapsed()});
}

void PaintProbe::watch(const QList<QWidget *> &views)
{
    for (QWidget *view : views) {
        m_views.append(view);
        view->installEventFilter(this);
    }
}

void PaintProbe::setActions(const QList<Action> &actions)
{
    m_actions = actions;
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_waiting) {
        m_painted.insert(watched);
        m_paintedSinceIdle = true;
    }
    return QObject::eventFilter(watched, event);
}

void PaintProbe::aboutToBlock()
{
    if (!m_waiting || !m_paintedSinceIdle)
        return;
    for (const QPointer<QWidget> &view : std::as_const(m_views)) {
        if (view && view->isVisible() && !m_painted.contains(view.data()))
            return;
    }
    // Every view has painted, and the paint (and the flush that follows it) has returned.
    m_paintedSinceIdle = false;
    m_endNanoseconds = m_clock.nsecsElapsed();
    m_quiet.start();
}

void PaintProbe::settled()
{
    m_waiting = false;
    const double milliseconds = (m_endNanoseconds - m_startNanoseconds) / 1e6;
    const QString name = m_action < 0 ? QStringLiteral("startup") : m_actions.at(m_action).name;
    write(name, milliseconds);
    for (const auto &[phase, at] : std::exchange(m_phases, {}))
        write(name + QLatin1Char('.') + phase, (at - m_startNanoseconds) / 1e6);
    nextAction();
}

void PaintProbe::nextAction()
{
    if (m_action < 0 || ++m_sample >= m_samples) {
        ++m_action;
        m_sample = 0;
    }
    if (m_samples <= 0 || m_action >= m_actions.size()) {
        const Result<void> written = SafeWriter::writeFile(
            m_fileName, m_lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        if (!written) {
            std::fprintf(stderr, "paint probe: %s\n",
                         qPrintable(written.error().toString()));
        }
        QCoreApplication::exit(0);
        return;
    }
    m_painted.clear();
    m_paintedSinceIdle = false;
    m_waiting = true;
    m_phases.clear();
    m_actions.at(m_action).post(m_sample);
    // After: finding where to click is the script's work, not the application's.
    m_startNanoseconds = m_clock.nsecsElapsed();
}

void PaintProbe::write(const QString &name, double milliseconds)
{
    if (qEnvironmentVariableIsSet("ANNALS_PAINT_PROBE_VERBOSE"))
        std::fprintf(stderr, "paint probe: %s %.2f\n", qPrintable(name), milliseconds);
    m_lines.append(QStringLiteral("%1 %2").arg(name).arg(milliseconds, 0, 'f', 2));
}

} // namespace Annals
