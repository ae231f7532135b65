#include "safewriter.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Annals {

namespace {

// The same file as \a other: the same path once links are resolved, or the same inode.
bool isSameFile(const QFileInfo &target, const QString &other)
{
    const QFileInfo input(other);
    if (!input.exists())
        return false;
    if (target.canonicalFilePath() == input.canonicalFilePath())
        return true;
#ifdef Q_OS_UNIX
    struct stat a {};
    struct stat b {};
    if (::stat(QFile::encodeName(target.absoluteFilePath()).constData(), &a) == 0
        && ::stat(QFile::encodeName(input.absoluteFilePath()).constData(), &b) == 0)
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
#endif
    return false;
}

} // namespace

SafeWriter::SafeWriter(const QString &path, const QStringList &inputs)
    : m_path(path)
    , m_inputs(inputs)
    , m_file(path)
{
}

Result<void> SafeWriter::checkTarget(const QString &path, const QStringList &inputs)
{
    if (path.isEmpty())
        return Error::inFile(path, tr("no file name given"));
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        if (target.isDir())
            return Error::inFile(path, tr("this is a folder; name a file to write"));
        if (!target.isFile()) {
            return Error::inFile(path, tr("this is a pipe, device, socket or broken link; "
                                          "Annals only replaces regular files"));
        }
        for (const QString &input : inputs) {
            if (isSameFile(target, input)) {
                return Error::inFile(path, tr("this is also an input (%1); write the output "
                                              "to another file")
                                               .arg(input));
            }
        }
    }
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return Error::inFile(path, tr("the folder %1 does not exist").arg(folder.filePath()));
    return {};
}

Result<void> SafeWriter::writeFile(const QString &path, const QByteArray &bytes,
                                   const QStringList &inputs)
{
    SafeWriter writer(path, inputs);
    if (Result<void> opened = writer.open(); !opened)
        return opened;
    writer.write(bytes);
    return writer.commit();
}

Result<void> SafeWriter::open()
{
    if (Result<void> checked = checkTarget(m_path, m_inputs); !checked)
        return checked;
    // Unbuffered: each write reaches the device at once, so its error is seen at once.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return error(tr("cannot be written: %1").arg(m_file.errorString()));
    return {};
}

void SafeWriter::write(const QByteArray &bytes)
{
    if (!m_writeError.isEmpty() || bytes.isEmpty())
        return;
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const qint64 written = m_file.write(data, left);
        if (written <= 0) {
            m_writeError = m_file.errorString();
            return;
        }
        data += written;
        left -= written;
    }
}

Result<void> SafeWriter::commit()
{
    if (!m_file.isOpen())
        return error(tr("cannot be written: the file was not opened"));
    if (!m_writeError.isEmpty()) {
        m_file.cancelWriting();
        m_file.commit(); // removes the temporary file
        return error(tr("cannot be written: %1; the previous file, if any, is unchanged")
                         .arg(m_writeError));
    }
    if (!m_file.commit()) {
        return error(tr("cannot be written: %1; the previous file, if any, is unchanged")
                         .arg(m_file.errorString()));
    }
    return {};
}

void SafeWriter::discard()
{
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    m_file.commit();
}

Error SafeWriter::error(const QString &message) const
{
    return Error::inFile(m_path, message);
}

} // namespace Annals
