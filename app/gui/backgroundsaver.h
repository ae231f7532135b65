#pragma once

#include "result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QQueue>

#include <functional>

namespace Annals {

/*!
 * Runs the document's writes (saves and autosaves) on a worker thread, one at a time and in
 * the order asked, so that the window stays responsive while a large project is serialized,
 * hashed and written.
 *
 * A write asked for while another runs waits for it: a second Save is queued, never dropped
 * or merged, and two writes never race for the same files. Each job gets what it writes as
 * a value (a snapshot taken when it was asked for); its \c done callback runs on the thread
 * that owns this object once the job has finished.
 */
class BackgroundSaver : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<Result<void>()>;
    using Done = std::function<void(const Result<void> &)>;

    explicit BackgroundSaver(QObject *parent = nullptr);
    /// Waits for the job that runs (its file must be whole); queued ones are dropped.
    ~BackgroundSaver() override;

    /// Runs \a job on a worker after the jobs queued before it, then calls \a done.
    void enqueue(Job job, Done done);
    /// Whether a job runs or waits.
    bool isBusy() const { return m_running; }
    /// Blocks until every queued job has run and its \c done has been called (for quitting,
    /// the command line and tests).
    void waitForIdle();

Q_SIGNALS:
    /// Work started (true) or the last queued job finished (false).
    void busyChanged(bool busy);

private:
    struct Entry
    {
        Job job;
        Done done;
    };

    void startNext();
    void finishCurrent();

    QQueue<Entry> m_queue;
    Done m_done;
    QFuture<Result<void>> m_future;
    QFutureWatcher<Result<void>> m_watcher;
    bool m_running = false;
    bool m_finishing = false; ///< in a done callback
};

} // namespace Annals
