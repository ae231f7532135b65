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

QString Target::wording(const QString &unit) const
{
    const auto number = [](std::optional<double> value) {
        return value ? QString::number(*value, 'g', 12) : QString();
    };
    switch (kind) {
    case TargetKind::None:
        return tr("no target");
    case TargetKind::About:
        return tr("about %1 %2").arg(number(low), unit);
    case TargetKind::Point:
        return tr("%1 %2").arg(number(low), unit);
    case TargetKind::AtLeast:
        return tr("at least %1 %2").arg(number(low), unit);
    case TargetKind::AtMost:
        return tr("at most %1 %2").arg(number(high), unit);
    case TargetKind::Range:
        return tr("%1–%2 %3").arg(number(low), number(high), unit);
    }
    return {};
}

} // namespace Annals
