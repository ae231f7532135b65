#include "targetoutcome.h"

#include <QCoreApplication>

namespace Annals {

QString outcomeVintageId(OutcomeVintage vintage)
{
    switch (vintage) {
    case OutcomeVintage::FirstRelease:
        return QStringLiteral("first_release");
    case OutcomeVintage::Final:
        return QStringLiteral("final");
    case OutcomeVintage::Revised:
        return QStringLiteral("revised");
    }
    return {};
}

std::optional<OutcomeVintage> outcomeVintageFromId(const QString &id)
{
    for (OutcomeVintage vintage :
         {OutcomeVintage::FirstRelease, OutcomeVintage::Final, OutcomeVintage::Revised}) {
        if (id == outcomeVintageId(vintage))
            return vintage;
    }
    return std::nullopt;
}

QString outcomeVintageLabel(OutcomeVintage vintage)
{
    switch (vintage) {
    case OutcomeVintage::FirstRelease:
        return QCoreApplication::translate("Annals::OutcomeVintage", "first release");
    case OutcomeVintage::Final:
        return QCoreApplication::translate("Annals::OutcomeVintage", "final");
    case OutcomeVintage::Revised:
        return QCoreApplication::translate("Annals::OutcomeVintage", "revised");
    }
    return {};
}

} // namespace Annals
