#include "planshading.h"

#include "dataset.h"

#include <QColor>

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

QString PlanShading::shortName(const Period &period)
{
    return tr("%1 FYP", "Five-Year Plan").arg(ordinal(period.plan));
}

QList<YearMarker> PlanShading::markers(const Dataset &dataset)
{
    QList<YearMarker> result;
    for (const Period &period : dataset.periods) {
        // A short label: the bands are five years wide, and the full name is in the details.
        const QString label = shortName(period);
        const QColor color = period.plan % 2 ? QColor(0x6b, 0x8e, 0xae) : QColor(0xa8, 0x95, 0x6a);
        result.append({period.firstYear, period.lastYear, label, color});
    }
    return result;
}

} // namespace Annals
