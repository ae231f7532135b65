#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace Annals {

/*!
 * \brief Turns the bytes of a report text into text: UTF-8 (with or without BOM), UTF-16 LE/BE
 * with BOM, or GB18030 (which includes GBK and GB2312).
 *
 * Decoding is strict: a byte sequence that is not valid in the encoding is an error naming the
 * byte offset of the first bad sequence, never a replacement character, because a silently
 * damaged text would give wrong keyword counts.
 *
 * Use decode() for a whole file. For streaming, construct a decoder for a concrete encoding
 * and feed() it chunks: it converts them to UTF-8, passing UTF-8 input through without a copy.
 */
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Annals::TextDecoder)

public:
    enum class Encoding { Auto, Utf8, Utf16LE, Utf16BE, Gb18030 };

    /// A decoder for streaming; \a encoding must not be Auto.
    explicit TextDecoder(Encoding encoding);
    // Never moved: a moved GB18030 QStringDecoder stops reporting errors (Qt 6.4).
    Q_DISABLE_COPY_MOVE(TextDecoder)

    /*!
     * Checks and converts the next \a chunk to UTF-8 in \a utf8, which stays valid until the
     * next call. Returns false when the chunk holds a bad sequence: see errorOffset().
     * A sequence split between two chunks is carried over.
     */
    bool feed(QByteArrayView chunk, QByteArrayView *utf8);
    /// Ends the input; returns false when it stopped inside a sequence.
    bool finish(QByteArrayView *utf8);
    /// Byte offset (from the first byte fed) of the first bad sequence, or -1.
    qint64 errorOffset() const { return m_errorOffset; }
    Encoding encoding() const { return m_encoding; }

    /*!
     * Decodes a whole file's \a bytes. With Encoding::Auto: a BOM decides; otherwise strict
     * UTF-8; otherwise GB18030. \a fileName is used in the Error. The BOM is not part of the
     * text. \a used receives the encoding that was applied.
     */
    static Result<QString> decode(QByteArrayView bytes, Encoding encoding,
                                  const QString &fileName, Encoding *used = nullptr);

    /// The encoding a BOM at the start of \a head announces; \a bomLength gets its size.
    static std::optional<Encoding> encodingFromBom(QByteArrayView head, int *bomLength);
    /// Parses a user-given name: "utf-8", "utf-16le", "utf-16be", "gb18030", "gbk", "gb2312",
    /// "cp936", "auto" (case and '-'/'_' do not matter).
    static std::optional<Encoding> encodingFromName(QStringView name);
    static QString encodingName(Encoding encoding);

    /// Offset of the first invalid UTF-8 sequence in \a bytes, or -1 (a truncated sequence
    /// at the end counts as invalid).
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    /// Offset of the first invalid GB18030 sequence in \a bytes, or -1.
    static qsizetype firstInvalidGb18030(QByteArrayView bytes);

    /// "not valid GB18030 at byte 1234" and the like, for \a fileName.
    static Error invalidBytesError(const QString &fileName, Encoding encoding, qint64 offset);
    /// For a file that detection could read neither as UTF-8 nor as GB18030.
    static Error undecodableError(const QString &fileName, qint64 gb18030Offset,
                                  qint64 utf8Offset);

private:
    bool feedUtf8(QByteArrayView chunk, QByteArrayView *utf8);
    bool feedGb18030(QByteArrayView chunk, QByteArrayView *utf8);
    bool feedUtf16(QByteArrayView chunk, QByteArrayView *utf8);
    bool fail(qint64 offset);

    Encoding m_encoding;
    QStringDecoder m_decoder;
    QByteArray m_carry;   // start of a sequence that the previous chunk cut off
    QByteArray m_joined;  // carry + chunk, when a carry exists
    QByteArray m_output;  // converted UTF-8 for encodings other than UTF-8
    QString m_pendingHighSurrogate;
    qint64 m_consumed = 0; // bytes fed before the current chunk
    qint64 m_units = 0;    // UTF-16 code units decoded so far
    qint64 m_errorOffset = -1;
};

} // namespace Annals
