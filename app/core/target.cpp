#include "target.h"

namespace Annals {

QString targetKindId(TargetKind kind)
{
    switch (kind) {
    case TargetKind::None:
        return QStringLiteral("none");
    case TargetKind::About:
        return QStringLiteral("about");
    case TargetKind::Point:
        return QStringLiteral("point");
    case TargetKind::AtLeast:
        return QStringLiteral("at-least");
    case TargetKind::AtMost:
        return QStringLiteral("at-most");
    case TargetKind::Range:
        return QStringLiteral("range");
    }
    return {};
}

std::optional<TargetKind> targetKindFromId(const QString &id)
{
    for (TargetKind kind : {TargetKind::None, TargetKind::About, TargetKind::Point,
                            TargetKind::AtLeast, TargetKind::AtMost, TargetKind::Range}) {
        if (id == targetKindId(kind))
            return kind;
    }
    return std::nullopt;
}

const TargetOutcome *Target::outcome(OutcomeVintage vintage) const
{
    for (const TargetOutcome &candidate : outcomes) {
        if (candidate.vintage == vintage)
            return &candidate;
    }
    return nullptr;
}

} // namespace Annals
