#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <utility>

namespace Annals {

/*!
 * The benchmark's eyes (tests/bench/gui-bench.sh), off unless ANNALS_PAINT_PROBE names a file.
 *
 * It writes one line per measurement, "NAME MILLISECONDS": first "startup", the time from
 * ANNALS_PAINT_PROBE_T0 (nanoseconds since the epoch, taken by the launcher) or else from the
 * probe's creation to the end of the first paint of every watched view; then, for each action,
 * ANNALS_PAINT_PROBE_SAMPLES samples (default 0) of the time from posting its input event to the
 * end of the last paint of every watched view it caused. Then it quits the application.
 * PaintProbeActions scripts the main window's inputs; ANNALS_PAINT_PROBE_ACTIONS (a comma
 * list) keeps only some, ANNALS_PAINT_PROBE_OPEN names the project the "open" action opens,
 * ANNALS_PAINT_PROBE_WARM_UP shows and closes one main window before the timed one.
 *
 * "The end of the paint" is when the event loop next goes idle after every watched view has
 * painted, and a sample is taken only once no watched view paints again for a quiet spell, so
 * a view painted twice (say, once with the selection and once with rebuilt series) counts
 * with its last paint.
 *
 * Phases: code on the way calls phase("read") and the like; each phase reached while startup
 * or an action is timed is written too, as "startup.read MILLISECONDS" or "open.read ...",
 * from the same start. They tell where the time of a slow action goes.
 */
class PaintProbe : public QObject
{
    Q_OBJECT

public:
    struct Action
    {
        QString name;
        /// Posts the input of sample \a sample (alternate between two states with it).
        std::function<void(int sample)> post;
    };

    /// A probe when ANNALS_PAINT_PROBE is set, else nullptr.
    static PaintProbe *fromEnvironment(QObject *parent);
    /// Marks \a name reached in what is being timed; nothing without a probe.
    static void phase(const QString &name);
    ~PaintProbe() override;

    /// Views (chart viewports, usually) whose paints end startup and every action.
    void watch(const QList<QWidget *> &views);
    void setActions(const QList<Action> &actions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaintProbe(const QString &fileName, qint64 startNanoseconds, int samples, QObject *parent);
    void aboutToBlock();
    void settled();
    void nextAction();
    void write(const QString &name, double milliseconds);

    QString m_fileName;
    QList<QPointer<QWidget>> m_views;
    QSet<QObject *> m_painted;
    QList<Action> m_actions;
    int m_samples = 0;
    int m_action = -1;
    int m_sample = 0;
    bool m_paintedSinceIdle = false;
    bool m_waiting = true;
    qint64 m_startNanoseconds = 0; ///< on m_clock
    qint64 m_endNanoseconds = 0;
    QElapsedTimer m_clock;
    QTimer m_quiet;
    QStringList m_lines;
    QList<std::pair<QString, qint64>> m_phases; ///< reached in what is timed, on m_clock
};

} // namespace Annals
