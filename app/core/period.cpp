#include "period.h"

namespace Annals {

QString Period::displayName() const
{
    if (nameEn.isEmpty())
        return nameZh;
    if (nameZh.isEmpty())
        return nameEn;
    return nameEn + QStringLiteral(" (") + nameZh + QLatin1Char(')');
}

} // namespace Annals
