#pragma once

#include <QFile>
#include <QString>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace Annals {

/// Makes a FIFO at \a path; true on success.
inline bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

/*!
 * Makes a character device at \a path that works like /dev/null (root only; false
 * elsewhere). Tests aim outputs at this one, never at /dev/null itself: a writer that wrongly
 * replaced the device with a file would break the machine's /dev/null.
 */
inline bool makeNullDevice(const QString &path)
{
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0;
}

} // namespace Annals
