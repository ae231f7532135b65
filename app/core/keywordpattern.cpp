#include "keywordpattern.h"

#include <QCoreApplication>
#include <QStringView>

namespace Annals {

namespace {

bool isHan(char32_t codePoint)
{
    return QChar::script(codePoint) == QChar::Script_Han;
}

bool isAsciiWordCharacter(char32_t codePoint)
{
    return codePoint < 0x80 && KeywordPattern::isWordByte(uchar(codePoint));
}

} // namespace

bool KeywordPattern::isRemovedSpace(char32_t codePoint)
{
    return QChar::isSpace(codePoint);
}

bool KeywordPattern::isZeroWidth(char32_t codePoint)
{
    return codePoint == 0x200B || codePoint == 0x200C || codePoint == 0x200D
           || codePoint == 0x2060 || codePoint == 0xFEFF;
}

QByteArray KeywordPattern::normalize(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    char32_t previous = 0; // the last character kept
    for (const char32_t codePoint : text.toUcs4()) {
        if (isZeroWidth(codePoint))
            continue;
        if (isRemovedSpace(codePoint)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && isAsciiWordCharacter(previous) && isAsciiWordCharacter(codePoint))
            result += QLatin1Char(' ');
        pendingSpace = false;
        const char32_t folded = (codePoint >= 'A' && codePoint <= 'Z') ? codePoint + 32
                                                                         : codePoint;
        result += QStringView(QChar::fromUcs4(folded));
        previous = folded;
    }
    return result.toUtf8();
}

Result<KeywordPattern> KeywordPattern::parse(const QString &spec)
{
    KeywordPattern pattern;
    pattern.m_spec = spec;
    QString body = spec.trimmed();
    bool han = false;
    for (const char32_t codePoint : body.toUcs4())
        han = han || isHan(codePoint);
    pattern.m_kind = han ? Kind::Substring : Kind::Word;
    if (!han) {
        if (body.endsWith(QLatin1Char('*'))) {
            pattern.m_prefix = true;
            body.chop(1);
        }
        if (body.contains(QLatin1Char('*'))) {
            return Error::atField(QString(), spec,
                                  tr("'*' is only allowed at the end of an English "
                                     "keyword"));
        }
    }
    pattern.m_normalized = normalize(body);
    if (pattern.m_normalized.isEmpty())
        return Error::atField(QString(), spec, tr("the keyword is empty"));
    pattern.m_endBoundary = pattern.m_kind == Kind::Word && !pattern.m_prefix
                            && isWordByte(uchar(pattern.m_normalized.back()));
    return pattern;
}

std::vector<int> KeywordPattern::markedSymbols() const
{
    std::vector<int> symbols;
    symbols.reserve(size_t(m_normalized.size()) + 4);
    bool previousIsWord = false;
    for (qsizetype i = 0; i < m_normalized.size(); ++i) {
        const auto byte = uchar(m_normalized.at(i));
        const bool word = isWordByte(byte);
        if (word && !previousIsWord && (i > 0 || m_kind == Kind::Word))
            symbols.push_back(wordStartMarker);
        symbols.push_back(byte);
        previousIsWord = word;
    }
    return symbols;
}

} // namespace Annals
