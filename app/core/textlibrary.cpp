#include "textlibrary.h"

#include "reporttextreader.h"
#include "textdecoder.h"

#include <QCache>
#include <QCoreApplication>
#include <QMutex>

namespace Annals {

namespace {

QMutex cacheMutex;
QCache<QString, QString> cache(64 * 1024); // by SHA-256; cost in KiB: 64 MiB of texts

} // namespace

Result<QString> TextLibrary::load(const ReportTextRef &ref)
{
    if (!ref.embeddedText.isEmpty())
        return ref.embeddedText;
    {
        const QMutexLocker locker(&cacheMutex);
        if (const QString *text = cache.object(ref.sha256))
            return *text;
    }
    const auto encoding = TextDecoder::encodingFromName(ref.encoding)
                              .value_or(TextDecoder::Encoding::Auto);
    Result<ReportText> read = ReportTextReader::read(ref.path, encoding);
    if (!read)
        return read.error();
    if (read.value().sha256 != ref.sha256) {
        return Error::inFile(ref.path, tr("the file has changed since it was counted (its "
                                          "SHA-256 differs); import it again"));
    }
    const QMutexLocker locker(&cacheMutex);
    const qsizetype kib = 1 + read.value().text.size() * qsizetype(sizeof(QChar)) / 1024;
    cache.insert(ref.sha256, new QString(read.value().text), kib);
    return read.value().text;
}

const ReportTextRef *TextLibrary::refFor(const Project &project, const DocumentCounts &document)
{
    for (const ReportTextRef &ref : project.texts) {
        if (!document.sha256.isEmpty() && ref.sha256 == document.sha256)
            return &ref;
    }
    return nullptr;
}

void TextLibrary::clearCache()
{
    const QMutexLocker locker(&cacheMutex);
    cache.clear();
}

} // namespace Annals
