#include "inputtext.h"

#include <QCoreApplication>

namespace Annals::InputText {

QString echoed(QStringView text, qsizetype maxLength)
{
    QString result;
    result.reserve(std::min(text.size(), maxLength) + 8);
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown == maxLength) {
            result += QChar(0x2026);
            break;
        }
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        // C0 and C1 controls, DEL, and the bidirectional overrides that reorder a line.
        const bool control = u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
                             || (u >= 0x2066 && u <= 0x2069);
        if (u == '\n')
            result += QLatin1String("\\n");
        else if (u == '\t')
            result += QLatin1String("\\t");
        else if (u == '\r')
            result += QLatin1String("\\r");
        else if (control)
            result += QLatin1String("\\u")
                      + QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            result += text.mid(i++, 2);
        else
            result += c;
        ++shown;
    }
    return result;
}

QString bytes(qint64 count)
{
    // Grouped by hand: QLocale::system() would make messages differ from machine to machine.
    QString digits = QString::number(count);
    for (qsizetype i = digits.size() - 3; i > (count < 0 ? 1 : 0); i -= 3)
        digits.insert(i, QLatin1Char(','));
    if (count == 1)
        return QCoreApplication::translate("Annals::InputText", "1 byte");
    return QCoreApplication::translate("Annals::InputText", "%1 bytes").arg(digits);
}

QString byteLimit(qint64 count)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    if (count <= 0 || count % mebibyte != 0)
        return bytes(count);
    return QCoreApplication::translate("Annals::InputText", "%1 (%2 MiB)")
        .arg(bytes(count))
        .arg(count / mebibyte);
}

} // namespace Annals::InputText
