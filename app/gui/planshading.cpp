#include "planshading.h"

#include "dataset.h"

#include <QColor>
#include <QRegularExpression>

namespace Annals {

namespace {

QString ordinal(int number)
{
    const int lastTwo = number % 100;
    if (lastTwo >= 11 && lastTwo <= 13)
        return PlanShading::tr("%1th").arg(number);
    switch (number % 10) {
    case 1:
        return PlanShading::tr("%1st").arg(number);
    case 2:
        return PlanShading::tr("%1nd").arg(number);
    case 3:
        return PlanShading::tr("%1rd").arg(number);
    default:
        return PlanShading::tr("%1th").arg(number);
    }
}

} // namespace

QString PlanShading::abbreviation(const Period &period)
{
    // The Chinese names quote the form everyone uses: 第十三个五年规划（“十三五”规划）.
    static const QRegularExpression quoted(QStringLiteral("“([^”]+)”"));
    if (Series::prefersChineseNames()) {
        const QRegularExpressionMatch match = quoted.match(period.nameZh);
        if (match.hasMatch())
            return match.captured(1);
    }
    return ordinal(period.plan);
}

QString PlanShading::shortName(const Period &period)
{
    return tr("%1 FYP", "Five-Year Plan").arg(ordinal(period.plan));
}

QList<YearMarker> PlanShading::markers(const Dataset &dataset)
{
    QList<YearMarker> result;
    for (const Period &period : dataset.periods) {
        // A short label: the bands are five years wide, and the full name is in the details;
        // shorter still where a band is too narrow for it.
        const QColor color = period.plan % 2 ? QColor(0x6b, 0x8e, 0xae) : QColor(0xa8, 0x95, 0x6a);
        result.append({period.firstYear, period.lastYear, shortName(period), color,
                       abbreviation(period)});
    }
    return result;
}

} // namespace Annals
