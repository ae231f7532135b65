#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>

#include <atomic>
#include <functional>

class QProgressDialog;
class QWidget;

namespace Annals {

class ProjectDocument;

/*!
 * Long work of the window (opening a project, importing report texts, counting a keyword)
 * on a worker thread, with a progress dialog and, where the work allows, Cancel.
 *
 * The document is busy (ProjectDocument::isBusy()) from start() until the result is back:
 * edits, undo, saving, opening and closing wait, because the result is applied to the
 * project as it was when the work started. The result arrives through a QFutureWatcher
 * signal, never a nested event loop. After Cancel the result is dropped, whether or not the
 * work had noticed in time.
 */
class LongTask : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(int done, int total)>;
    template <typename T>
    using Job = std::function<T(const std::atomic<bool> &cancel, const Progress &progress)>;

    /*!
     * Runs \a job on a worker thread and hands its result to \a done on this thread, unless
     * canceled. False (nothing started) while the document is busy with other work.
     */
    template <typename T>
    static bool start(ProjectDocument *document, QWidget *window, const QString &label,
                      bool cancellable, Job<T> job, std::function<void(T)> done)
    {
        auto *task = new LongTask(document, window, label, cancellable);
        if (!task->m_started) {
            delete task;
            return false;
        }
        auto *watcher = new QFutureWatcher<T>(task);
        connect(watcher, &QFutureWatcherBase::finished, task, [task, watcher, done] {
            T result = watcher->result();
            const bool canceled = task->finish();
            if (!canceled && done)
                done(std::move(result));
        });
        const QFuture<T> future = QtConcurrent::run(
            [job, cancel = &task->m_cancel, progress = task->progressCallback()] {
                return job(*cancel, progress);
            });
        task->m_future = QFuture<void>(future);
        watcher->setFuture(future);
        return true;
    }

    /// The task that runs for \a document, if any (tests, and Cancel from elsewhere).
    static LongTask *running(const ProjectDocument *document);

    /// Asks the work to stop; its result is dropped.
    void cancel();

    ~LongTask() override;

private:
    LongTask(ProjectDocument *document, QWidget *window, const QString &label,
             bool cancellable);
    Progress progressCallback();
    /// Ends the busy state and closes the dialog; returns whether it was canceled.
    bool finish();

    QPointer<ProjectDocument> m_document;
    QProgressDialog *m_dialog = nullptr;
    std::atomic<bool> m_cancel{false};
    QFuture<void> m_future;
    bool m_started = false;
};

} // namespace Annals
