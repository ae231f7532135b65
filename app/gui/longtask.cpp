#include "longtask.h"

#include "projectdocument.h"

#include <QProgressDialog>

namespace Annals {

LongTask::LongTask(ProjectDocument *document, QWidget *window, const QString &label,
                   bool cancellable)
    : QObject(document)
    , m_document(document)
{
    if (document->isBusy())
        return;
    m_started = true;
    setObjectName(QStringLiteral("longTask"));
    document->setBusy(true);
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, window);
    m_dialog->setObjectName(QStringLiteral("longTaskProgress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    if (!cancellable)
        m_dialog->setCancelButton(nullptr);
    connect(m_dialog, &QProgressDialog::canceled, this, &LongTask::cancel);
}

LongTask::~LongTask()
{
    // The worker holds the cancel flag: it must be done before the flag goes.
    m_cancel = true;
    m_future.waitForFinished();
    delete m_dialog;
}

LongTask *LongTask::running(const ProjectDocument *document)
{
    return document->findChild<LongTask *>(QStringLiteral("longTask"),
                                           Qt::FindDirectChildrenOnly);
}

void LongTask::cancel()
{
    m_cancel = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Canceling…"));
}

LongTask::Progress LongTask::progressCallback()
{
    const QPointer<QProgressDialog> dialog(m_dialog);
    return [dialog](int done, int total) {
        // Queued to the GUI thread; dropped once the dialog is gone.
        QMetaObject::invokeMethod(
            dialog.data(),
            [dialog, done, total] {
                if (!dialog)
                    return;
                dialog->setMaximum(total);
                dialog->setValue(done);
            },
            Qt::QueuedConnection);
    };
}

bool LongTask::finish()
{
    setObjectName(QString()); // no longer running(), also before deleteLater() is done
    if (m_dialog) {
        m_dialog->disconnect(this); // closing it must not read as Cancel
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    if (m_document)
        m_document->setBusy(false);
    deleteLater();
    return m_cancel;
}

} // namespace Annals
