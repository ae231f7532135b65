#include "autosave.h"

#include "backgroundsaver.h"
#include "projectdocument.h"
#include "projectserializer.h"
#include "safewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

namespace Annals {

namespace {

QString metadataPath(const QString &projectPath)
{
    return projectPath + QStringLiteral(".json");
}

bool processIsRunning(qint64 pid)
{
    // Our own pid can only be a reused one: this session has not saved anything yet.
    return pid > 0 && pid != QCoreApplication::applicationPid()
           && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

Autosave::Autosave(ProjectDocument *document, int intervalMs)
    : QObject(document)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer->start();
    // Once the work is saved, the recovery file is older than the project: drop it.
    connect(document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            removeRecoveryFile();
    });
}

Autosave::~Autosave() = default;

QString Autosave::recoveryDirectory()
{
    const QString configured = qEnvironmentVariable("ANNALS_RECOVERY_DIR");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery");
}

QString Autosave::recoveryFilePath() const
{
    return recoveryDirectory()
           + QStringLiteral("/session-%1.annals").arg(QCoreApplication::applicationPid());
}

void Autosave::saveNow()
{
    const quint64 revision = m_document->revision();
    if (!m_document->isModified() || revision == m_savedRevision)
        return;
    // A save runs or waits: it makes the work safe, or the next tick writes it.
    if (m_document->isSaving())
        return;
    const QString directory = recoveryDirectory();
    const QString path = recoveryFilePath();
    const QString originalPath = m_document->filePath();
    const Project project = m_document->snapshot();
    // Written on the document's worker, like a save: the window does not stop every 20 s.
    const auto write = [directory, path, originalPath, project]() -> Result<void> {
        QDir().mkpath(directory);
        const Result<void> saved = ProjectSerializer::writeFile(project, path);
        if (!saved)
            return saved.error();
        const QJsonObject metadata{
            {QStringLiteral("originalPath"), originalPath},
            {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
        return SafeWriter::writeFile(metadataPath(path), QJsonDocument(metadata).toJson());
    };
    // A full disk must not interrupt the analyst with a dialog every tick: the failure is
    // reported once per attempt as a signal, the previous recovery file stays whole, and the
    // next tick tries again.
    const QPointer<Autosave> self(this);
    m_document->saver()->enqueue(write, [self, revision](const Result<void> &written) {
        if (!self)
            return;
        if (!written) {
            Q_EMIT self->saveFailed(written.error().toString());
            return;
        }
        // Saved or undone to the saved state meanwhile: the recovery file is stale.
        if (!self->m_document->isModified())
            self->removeRecoveryFile();
        else
            self->m_savedRevision = revision;
    });
}

void Autosave::removeRecoveryFile()
{
    QFile::remove(recoveryFilePath());
    QFile::remove(metadataPath(recoveryFilePath()));
    m_savedRevision = 0;
}

std::optional<RecoveryCandidate> Autosave::findRecovery()
{
    const QDir directory(recoveryDirectory());
    std::optional<RecoveryCandidate> newest;
    const QStringList files = directory.entryList({QStringLiteral("session-*.annals")},
                                                  QDir::Files);
    for (const QString &name : files) {
        const QString path = directory.filePath(name);
        QFile file(metadataPath(path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject metadata = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        if (processIsRunning(metadata.value(QStringLiteral("pid")).toInteger()))
            continue; // another Annals is still working on it
        RecoveryCandidate candidate{
            path, metadata.value(QStringLiteral("originalPath")).toString(),
            QDateTime::fromString(metadata.value(QStringLiteral("saved")).toString(),
                                  Qt::ISODate)};
        if (!newest || candidate.saved > newest->saved)
            newest = candidate;
    }
    return newest;
}

void Autosave::discard(const RecoveryCandidate &candidate)
{
    QFile::remove(candidate.projectPath);
    QFile::remove(metadataPath(candidate.projectPath));
}

} // namespace Annals
