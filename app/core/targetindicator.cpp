#include "targetindicator.h"

namespace Annals {

QString TargetIndicator::displayName() const
{
    if (nameEn.isEmpty())
        return nameZh.isEmpty() ? id : nameZh;
    if (nameZh.isEmpty())
        return nameEn;
    return nameEn + QStringLiteral(" (") + nameZh + QLatin1Char(')');
}

} // namespace Annals
