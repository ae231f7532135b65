#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace Annals {

/*!
 * \brief The one way Annals writes a file: the whole new file replaces the old one, or the
 * old one stays untouched.
 *
 * Built on QSaveFile (a temporary file beside the target, renamed over it on commit()). Before
 * anything is written the target is checked: an existing target must be a regular file (a
 * FIFO or a device is never replaced by a file) and must not be one of \a inputs (also not
 * through a symbolic or hard link). Every write goes straight to the device, so a full disk
 * or a failing device is reported by commit() with the system's message, and the temporary
 * file is removed.
 */
class SafeWriter
{
    Q_DECLARE_TR_FUNCTIONS(Annals::SafeWriter)

public:
    explicit SafeWriter(const QString &path, const QStringList &inputs = {});

    /// Checks the target as open() does, without creating anything.
    static Result<void> checkTarget(const QString &path, const QStringList &inputs = {});
    /// Writes \a bytes as the whole file: open(), write(), commit().
    static Result<void> writeFile(const QString &path, const QByteArray &bytes,
                                  const QStringList &inputs = {});

    /// Checks the target and opens the temporary file.
    Result<void> open();
    /// Appends \a bytes; a failure is remembered and reported by commit().
    void write(const QByteArray &bytes);
    /// The device to write into (e.g. for QImageWriter); valid after a successful open().
    QIODevice *device() { return &m_file; }
    /// Replaces the target with what was written, or reports why it could not.
    Result<void> commit();
    /// Drops what was written; the target stays as it was.
    void discard();

    QString path() const { return m_path; }

private:
    Error error(const QString &message) const;

    QString m_path;
    QStringList m_inputs;
    QSaveFile m_file;
    QString m_writeError;
};

} // namespace Annals
