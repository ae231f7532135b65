#include "backgroundsaver.h"

#include <QtConcurrent>

namespace Annals {

BackgroundSaver::BackgroundSaver(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<void>>::finished, this,
            &BackgroundSaver::finishCurrent);
}

BackgroundSaver::~BackgroundSaver()
{
    // A job half done would leave only QSaveFile's temporary file; let it commit.
    m_queue.clear();
    if (m_running)
        m_future.waitForFinished();
}

void BackgroundSaver::enqueue(Job job, Done done)
{
    m_queue.enqueue({std::move(job), std::move(done)});
    // From a done callback, finishCurrent() starts it and keeps the busy state.
    if (!m_running && !m_finishing) {
        startNext();
        if (m_running)
            Q_EMIT busyChanged(true);
    }
}

void BackgroundSaver::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    Entry entry = m_queue.dequeue();
    m_done = std::move(entry.done);
    m_running = true;
    m_future = QtConcurrent::run(std::move(entry.job));
    m_watcher.setFuture(m_future);
}

void BackgroundSaver::finishCurrent()
{
    // Also reached from waitForIdle() before the watcher's signal: handle each job once.
    if (!m_running || !m_future.isFinished())
        return;
    const Result<void> result = m_future.result();
    m_running = false;
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done) {
        m_finishing = true;
        done(result); // may enqueue more
        m_finishing = false;
    }
    startNext();
    if (!m_running)
        Q_EMIT busyChanged(false);
}

void BackgroundSaver::waitForIdle()
{
    while (m_running) {
        m_future.waitForFinished();
        finishCurrent();
    }
}

} // namespace Annals
