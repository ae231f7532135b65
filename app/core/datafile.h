#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Annals {

/// The largest data file (extract, CSV, project) Annals reads: 64 MiB.
constexpr qint64 maxDataFileBytes = 64 * 1024 * 1024;

/*!
 * \brief The check every reader makes before it opens a file: it exists, is a regular file
 * (folders, pipes, devices and sockets are refused, so nothing blocks or never ends) and is
 * at most \a maxBytes long. Readers still stop at \a maxBytes while reading: a file can grow.
 */
Result<void> checkInputFile(const QString &path, qint64 maxBytes);

/*!
 * \brief Reads a whole data file, refusing folders, pipes and devices, unreadable files and
 * files larger than \a maxBytes before reading a byte of them.
 */
Result<QByteArray> readDataFile(const QString &path, qint64 maxBytes = maxDataFileBytes);

/// Decodes strict UTF-8 (a BOM is dropped); the error names the byte offset of the first bad byte.
Result<QString> decodeUtf8(const QByteArray &bytes, const QString &fileName);

/// 1-based line and column of the character at \a offset bytes into UTF-8 \a bytes.
std::pair<int, int> lineAndColumnAt(const QByteArray &bytes, qsizetype offset);

} // namespace Annals
