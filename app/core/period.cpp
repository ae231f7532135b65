#include "period.h"

#include "series.h"

namespace Annals {

QString Period::displayName() const
{
    if (nameEn.isEmpty())
        return nameZh;
    if (nameZh.isEmpty())
        return nameEn;
    return nameEn + QStringLiteral(" (") + nameZh + QLatin1Char(')');
}

QString Period::localName() const
{
    const QString &preferred = Series::prefersChineseNames() ? nameZh : nameEn;
    return preferred.isEmpty() ? displayName() : preferred;
}

} // namespace Annals
