#pragma once

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>
#include <functional>

namespace Annals {

/*!
 * Runs \a job on a worker thread while the GUI stays responsive, with a progress dialog
 * and Cancel. The job receives the cancel flag and a progress callback (done, total), and
 * must return when the flag is set. Without \a cancellable there is no Cancel button.
 */
template <typename Result>
Result runWithProgress(QWidget *parent, const QString &label,
                       const std::function<Result(const std::atomic<bool> &,
                                                  const std::function<void(int, int)> &)> &job,
                       bool cancellable = true)
{
    QProgressDialog dialog(label, QApplication::translate("Annals::ProgressRunner", "Cancel"),
                           0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    std::atomic<bool> cancel{false};
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancel] { cancel = true; });
    const auto progress = [&dialog](int done, int total) {
        // Queued to the GUI thread; dropped if the dialog is gone.
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, done, total] {
                dialog.setMaximum(total);
                dialog.setValue(done);
            },
            Qt::QueuedConnection);
    };
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&job, &cancel, progress] { return job(cancel, progress); }));
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

} // namespace Annals
