#include "filecontroller.h"

#include "menutext.h"
#include "longtask.h"
#include "paintprobe.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "projectserializer.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QUndoStack>

namespace Annals {

namespace {

constexpr int maxRecentFiles = 8;
const QString recentKey = QStringLiteral("recentFiles");

QString projectFilter()
{
    return FileController::tr("Annals projects (*.annals);;All files (*)");
}

} // namespace

FileController::FileController(ProjectDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    m_new = new QAction(tr("&New"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Start a new project on the embedded dataset"));
    connect(m_new, &QAction::triggered, this, &FileController::newProject);

    m_open = new QAction(tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"),
                                                          QString(), projectFilter());
        if (!path.isEmpty())
            openFile(path);
    });

    m_save = new QAction(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] { save(); });

    m_saveAs = new QAction(tr("Save &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAs(); });

    m_revert = new QAction(tr("&Revert to Saved"), this);
    connect(m_revert, &QAction::triggered, this, &FileController::revert);

    m_recent = new QMenu(tr("Open &Recent"), window);
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();

    connect(document, &ProjectDocument::modifiedChanged, this, &FileController::updateActions);
    connect(document, &ProjectDocument::filePathChanged, this, &FileController::updateActions);
    updateActions();
}

void FileController::updateActions()
{
    m_revert->setEnabled(!m_document->filePath().isEmpty() && m_document->isModified());
}

QStringList FileController::recentFiles()
{
    return QSettings().value(recentKey).toStringList();
}

void FileController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentKey, files);
    rebuildRecentMenu();
}

void FileController::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recent->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(
                MenuText::escaped(QDir::toNativeSeparators(path))));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recent->setEnabled(!files.isEmpty());
}

bool FileController::maybeSave(const std::function<void()> &afterSave)
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty()
                             ? tr("the new project")
                             : QFileInfo(m_document->filePath()).fileName();
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("Save the changes to %1 before closing it?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        save([afterSave](bool saved) {
            if (saved && afterSave)
                afterSave();
        });
        return false;
    }
    return answer == QMessageBox::Discard;
}

void FileController::newProject()
{
    if (m_document->isBusy() || !maybeSave([this] { newProject(); }))
        return;
    const Result<Project> project = ProjectLoader::embeddedProject();
    if (!project) {
        QMessageBox::critical(m_window, tr("New Project"), project.error().toString());
        return;
    }
    m_document->resetProject(project.value());
    m_document->setFilePath(QString());
}

bool FileController::openFile(const QString &path)
{
    if (m_document->isBusy() || !maybeSave([this, path] { openFile(path); }))
        return false;
    return loadInBackground(path, [this, path](const Result<Project> &project) {
        PaintProbe::phase(QStringLiteral("read"));
        if (!project) {
            QMessageBox::warning(m_window, tr("Cannot Open Project"),
                                 tr("%1 could not be opened; the open project is unchanged."
                                    "\n\n%2")
                                     .arg(QFileInfo(path).fileName(),
                                          project.error().toString()));
            return;
        }
        m_document->resetProject(project.value());
        PaintProbe::phase(QStringLiteral("applied"));
        m_document->setFilePath(QFileInfo(path).absoluteFilePath());
        addRecentFile(path);
    });
}

bool FileController::loadInBackground(const QString &path,
                                      const std::function<void(Result<Project>)> &done)
{
    // A large project takes a moment to check and read; the window stays responsive.
    return LongTask::start<Result<Project>>(
        m_document, m_window, tr("Opening %1…").arg(QFileInfo(path).fileName()), false,
        [path](const std::atomic<bool> &, const LongTask::Progress &) {
            return ProjectLoader::load(path);
        },
        done);
}

void FileController::save(const SaveDone &then)
{
    if (m_document->isBusy()) { // what it saves is about to change
        if (then)
            then(false);
        return;
    }
    if (m_document->filePath().isEmpty())
        saveAs(then);
    else
        saveTo(m_document->filePath(), then);
}

void FileController::saveAs(const SaveDone &then)
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(tr("analysis.annals"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), suggested,
                                                projectFilter());
    if (path.isEmpty()) {
        if (then)
            then(false);
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".annals");
    saveTo(path, then);
}

void FileController::saveTo(const QString &path, const SaveDone &then)
{
    const QPointer<FileController> self(this); // the window may close before the document
    m_document->saveInBackground(path, [self, path, then](const Result<void> &saved) {
        if (!self)
            return;
        // Out of the saver's callback: a message box runs an event loop of its own.
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, then, saved] {
                if (saved) {
                    self->addRecentFile(path);
                } else {
                    QMessageBox::warning(
                        self->m_window, tr("Cannot Save Project"),
                        tr("The project was not saved; nothing on disk changed.\n\n%1")
                            .arg(saved.error().toString()));
                }
                if (then)
                    then(bool(saved));
            },
            Qt::QueuedConnection);
    });
}

void FileController::revert()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || m_document->isBusy())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Revert to Saved"),
        tr("Discard every change since %1 was last saved?").arg(QFileInfo(path).fileName()));
    if (answer != QMessageBox::Yes)
        return;
    loadInBackground(path, [this](const Result<Project> &project) {
        if (!project) {
            QMessageBox::warning(m_window, tr("Cannot Revert"), project.error().toString());
            return;
        }
        m_document->resetProject(project.value());
    });
}

} // namespace Annals
