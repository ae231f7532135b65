#include "chinesescript.h"

#include <QCoreApplication>

#include <algorithm>
#include <bitset>
#include <string_view>

namespace Annals {

namespace {

// Frequent characters whose traditional and simplified forms differ, pairwise.
const char16_t traditional[] = u"們這國會來為發說經對進過還個時學業產與現開關見長門問間";
const char16_t simplified[] = u"们这国会来为发说经对进过还个时学业产与现开关见长门问间";

} // namespace

bool ChineseScript::looksTraditional(QStringView sample)
{
    // This runs on the head of every counted file: one bit per UTF-16 code unit, set up
    // once, instead of a search of the lists for every character.
    using CharacterSet = std::bitset<0x10000>;
    auto setOf = [](std::u16string_view characters) {
        CharacterSet set;
        for (char16_t c : characters)
            set.set(c);
        return set;
    };
    static const CharacterSet traditionalSet = setOf(traditional);
    static const CharacterSet simplifiedSet = setOf(simplified);
    int traditionalCount = 0;
    int simplifiedCount = 0;
    for (QChar c : sample) {
        if (traditionalSet.test(c.unicode()))
            ++traditionalCount;
        else if (simplifiedSet.test(c.unicode()))
            ++simplifiedCount;
    }
    // A few traditional forms appear in simplified texts (quotations, names): ask for many.
    return traditionalCount >= 20 && traditionalCount > simplifiedCount;
}

bool ChineseScript::reportLooksTraditional(QByteArrayView utf8)
{
    // A character cut at the end of the sample decodes to U+FFFD, which counts for neither.
    return looksTraditional(QString::fromUtf8(utf8.first(std::min(utf8.size(), sampleBytes))));
}

QString ChineseScript::traditionalNote()
{
    return QCoreApplication::translate(
        "Annals::ChineseScript",
        "This report is written in traditional characters: keywords written in simplified "
        "characters are undercounted or missed.");
}

} // namespace Annals
