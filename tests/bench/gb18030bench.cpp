// GB18030 decoding, side by side: TextDecoder against the bare QStringDecoder it is built on,
// on the same bytes, so that the ratio says what Annals adds (finding cut sequences at chunk
// ends, converting to UTF-8) and a valid file is seen not to pay for error finding.
//
// Usage: annals-gb18030-bench [CORPUS_DIR] [MEGABYTES] [RUNS]
//   CORPUS_DIR  default ANNALS_SHARED_DIR/corpus (../shared/corpus; its *.txt, UTF-8)
//   MEGABYTES   default 50: the reports repeated until the GB18030 text is that large
//   RUNS        default 5; the median run is shown
// Prints milliseconds of CPU time and ratios; it never fails on a timing.

#include "textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using Annals::TextDecoder;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const std::clock_t start = std::clock();
        work();
        times.append(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString corpus = args.size() > 1 ? args.at(1)
                                           : QStringLiteral(ANNALS_SHARED_DIR "/corpus");
    const qsizetype megabytes = args.size() > 2 ? args.at(2).toLongLong() : 50;
    const int runs = std::max(1, args.size() > 3 ? args.at(3).toInt() : 5);

    QString reports;
    const QDir dir(corpus);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            reports += QString::fromUtf8(file.readAll());
    }
    if (reports.isEmpty()) {
        std::fprintf(stderr, "no *.txt in %s\n", qPrintable(corpus));
        return 1;
    }
    QStringEncoder encoder("GB18030");
    const QByteArray once = encoder.encode(reports);
    QByteArray valid;
    while (valid.size() < megabytes * 1024 * 1024)
        valid += once;
    QByteArray invalidAtEnd = valid + QByteArray("\x80");

    qint64 sink = 0;
    const double bare = medianMs(runs, [&] {
        QStringDecoder decoder("GB18030");
        const QString text = decoder.decode(valid);
        sink += text.toUtf8().size() + decoder.hasError();
    });
    const double whole = medianMs(runs, [&] {
        const auto text = TextDecoder::decode(valid, TextDecoder::Encoding::Gb18030, {});
        sink += text ? text.value().size() : -1;
    });
    const double streamed = medianMs(runs, [&] {
        TextDecoder decoder(TextDecoder::Encoding::Gb18030);
        QByteArrayView utf8;
        constexpr qsizetype chunk = 1024 * 1024;
        for (qsizetype at = 0; at < valid.size(); at += chunk) {
            decoder.feed(QByteArrayView(valid).sliced(at, std::min(chunk, valid.size() - at)),
                         &utf8);
            sink += utf8.size();
        }
        sink += decoder.finish(&utf8);
    });
    const double failing = medianMs(runs, [&] {
        const auto text = TextDecoder::decode(invalidAtEnd, TextDecoder::Encoding::Gb18030, {});
        sink += text ? -1 : text.error().message.size();
    });

    std::printf("GB18030, %.1f MB, median of %d runs, CPU ms (checksum %lld)\n",
                valid.size() / 1e6, runs, static_cast<long long>(sink));
    std::printf("  QStringDecoder + toUtf8 (floor)        %8.1f\n", bare);
    std::printf("  TextDecoder::decode                    %8.1f  %.2fx floor\n", whole,
                whole / bare);
    std::printf("  TextDecoder, fed 1 MiB chunks          %8.1f  %.2fx floor\n", streamed,
                streamed / bare);
    std::printf("  TextDecoder::decode, bad last byte     %8.1f  %.2fx valid\n", failing,
                failing / whole);
    return 0;
}
