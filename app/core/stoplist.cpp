#include "stoplist.h"

namespace Annals {

StopList StopList::fromText(const QString &text, QString *errorMessage)
{
    StopList list;
    list.m_text = text;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.size() > 2 && line.startsWith(QLatin1Char('/'))
            && line.endsWith(QLatin1Char('/'))) {
            QRegularExpression pattern(line.mid(1, line.size() - 2),
                                       QRegularExpression::CaseInsensitiveOption);
            if (!pattern.isValid()) {
                if (errorMessage && errorMessage->isEmpty()) {
                    *errorMessage = tr("line %1: %2")
                                        .arg(i + 1)
                                        .arg(pattern.errorString());
                }
                continue;
            }
            pattern.optimize();
            list.m_patterns.append(pattern);
        } else {
            list.m_literals.append(line.toLower());
        }
    }
    return list;
}

QString StopList::defaultText()
{
    // The opening and closing formulas of every Government Work Report, forms of address,
    // and the numbered congresses and plenary sessions that are new each year by necessity.
    return QStringLiteral(
        "# One entry a line; /.../ is a regular expression.\n"
        "各位代表\n"
        "各位政协委员\n"
        "全国政协委员\n"
        "我代表国务院\n"
        "向大会报告\n"
        "请予审议\n"
        "提出意见\n"
        "表示衷心感谢\n"
        "表示诚挚感谢\n"
        "致以崇高敬意\n"
        "致以诚挚问候\n"
        "同志们\n"
        "/[一二三四五六七八九十]+届(全国人大)?[一二三四五六七八九十]+(中|次)全会/\n"
        "/第?[一二三四五六七八九十]+届全国人(民代表)?大/\n"
        "/[一二三四五六七八九十]+次(会议|全体会议|代表大会)/\n"
        "/第[一二三四五六七八九十]+个五年/\n"
        "/^(今年|去年|明年|过去一年|一年来|五年来|过去五年)$/\n"
        "# Starting or ending with a particle: pieces cut from longer phrases (的安, 规划的).\n"
        "/^[的了着而也又]|[的了着和是把被将于而也又]$/\n");
}

StopList StopList::defaultList()
{
    return fromText(defaultText());
}

bool StopList::excludes(const QString &phrase) const
{
    const QString lower = phrase.toLower();
    for (const QString &literal : m_literals) {
        if (lower.contains(literal))
            return true;
    }
    for (const QRegularExpression &pattern : m_patterns) {
        if (pattern.match(phrase).hasMatch())
            return true;
    }
    return false;
}

} // namespace Annals
