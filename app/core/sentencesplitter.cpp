#include "sentencesplitter.h"

namespace Annals {

bool SentenceSplitter::endsSentence(QStringView text, qsizetype i)
{
    switch (text.at(i).unicode()) {
    case u'。':
    case u'！':
    case u'？':
    case u'；':
    case u'!':
    case u'?':
    case u';':
        return true;
    case u'.':
        return i + 1 < text.size() && text.at(i + 1).isSpace();
    default:
        return false;
    }
}

bool SentenceSplitter::isParagraphBreak(QStringView text, qsizetype i)
{
    if (text.at(i) != QLatin1Char('\n'))
        return false;
    for (qsizetype j = i + 1; j < text.size(); ++j) {
        if (text.at(j) == QLatin1Char('\n'))
            return true;
        if (!text.at(j).isSpace())
            return false;
    }
    return true;
}

QList<SentenceSplitter::Span> SentenceSplitter::split(QStringView text)
{
    QList<Span> spans;
    const auto add = [&](qsizetype start, qsizetype end) {
        while (start < end && text.at(start).isSpace())
            ++start;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end > start)
            spans.append(Span{start, end - start});
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (endsSentence(text, i)) {
            add(start, i + 1);
            start = i + 1;
        } else if (text.at(i) == QLatin1Char('\n') && isParagraphBreak(text, i)) {
            add(start, i);
            start = i + 1;
        }
    }
    add(start, text.size());
    return spans;
}

} // namespace Annals
