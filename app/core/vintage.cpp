#include "vintage.h"

#include <QCoreApplication>

namespace Annals {

QString vintageId(Vintage vintage)
{
    switch (vintage) {
    case Vintage::Budget:
        return QStringLiteral("budget");
    case Vintage::Actual:
        return QStringLiteral("actual");
    case Vintage::Preliminary:
        return QStringLiteral("preliminary");
    case Vintage::Revised:
        return QStringLiteral("revised");
    }
    return {};
}

std::optional<Vintage> vintageFromId(const QString &id)
{
    for (Vintage v : {Vintage::Budget, Vintage::Actual, Vintage::Preliminary, Vintage::Revised}) {
        if (id.compare(vintageId(v), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

QString vintageLabel(Vintage vintage)
{
    switch (vintage) {
    case Vintage::Budget:
        return QCoreApplication::translate("Annals::Vintage", "budget");
    case Vintage::Actual:
        return QCoreApplication::translate("Annals::Vintage", "actual");
    case Vintage::Preliminary:
        return QCoreApplication::translate("Annals::Vintage", "preliminary");
    case Vintage::Revised:
        return QCoreApplication::translate("Annals::Vintage", "revised");
    }
    return {};
}

} // namespace Annals
