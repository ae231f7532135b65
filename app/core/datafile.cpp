#include "datafile.h"

#include "inputtext.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Annals {

namespace {

// The translation context of this file's messages.
class DataFileText
{
    Q_DECLARE_TR_FUNCTIONS(Annals::DataFile)
};

} // namespace

QString tooLarge(qint64 size, qint64 maxBytes)
{
    // Exact sizes: "64 MiB" for a file one byte over the limit would contradict itself.
    return DataFileText::tr("the file is %1; Annals reads data files of at most %2")
        .arg(InputText::bytes(size), InputText::byteLimit(maxBytes));
}

Result<void> checkInputFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::inFile(path, DataFileText::tr("the file does not exist"));
    if (info.isDir())
        return Error::inFile(path, DataFileText::tr("this is a folder; expected a file"));
    // open() on a FIFO blocks until something writes to it, and a device may never end.
    if (!info.isFile())
        return Error::inFile(path,
                             DataFileText::tr("this is a pipe, device or socket; expected a file"));
    if (info.size() > maxBytes) {
        return Error::inFile(path, tooLarge(info.size(), maxBytes));
    }
    return {};
}

Result<QByteArray> readDataFile(const QString &path, qint64 maxBytes)
{
    if (Result<void> usable = checkInputFile(path, maxBytes); !usable)
        return usable.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::inFile(path,
                             DataFileText::tr("the file cannot be read: %1").arg(file.errorString()));
    // Read at most one byte more than allowed: the size may have changed since stat(). The
    // buffer grows with what is read; QIODevice::read(n) would reserve all n bytes up front
    // (256 MiB for a report text of a few kilobytes).
    const qint64 allowed = maxBytes + 1;
    QByteArray bytes = file.read(std::min(file.size(), maxBytes) + 1);
    while (bytes.size() < allowed && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(std::min<qint64>(allowed - bytes.size(), 1 << 20));
        if (more.isEmpty())
            break;
        bytes += more;
    }
    if (file.error() != QFileDevice::NoError)
        return Error::inFile(path,
                             DataFileText::tr("the file cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > maxBytes)
        return Error::inFile(path, DataFileText::tr("the file grew beyond %1 while it was read")
                                       .arg(InputText::bytes(maxBytes)));
    return bytes;
}

Result<QString> decodeUtf8(const QByteArray &bytes, const QString &fileName)
{
    // The one strict validator (overlong forms, surrogates, > U+10FFFF, cut sequences).
    const qsizetype bad = TextDecoder::firstInvalidUtf8(bytes);
    if (bad >= 0) {
        const auto [line, column] = lineAndColumnAt(bytes, bad);
        return Error::atColumn(fileName, line, column,
                               DataFileText::tr("not valid UTF-8 at byte %1; save the file as "
                                                "UTF-8")
                                   .arg(bad));
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

std::pair<int, int> lineAndColumnAt(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace Annals
