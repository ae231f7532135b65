#include "targetevaluation.h"

#include <QCoreApplication>

namespace Annals {

namespace {

class TargetStatusText
{
    Q_DECLARE_TR_FUNCTIONS(Annals::TargetStatus)
};

} // namespace

QString targetStatusId(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Met:
        return QStringLiteral("met");
    case TargetStatus::Near:
        return QStringLiteral("near");
    case TargetStatus::Missed:
        return QStringLiteral("missed");
    case TargetStatus::NoTarget:
        return QStringLiteral("no-target");
    case TargetStatus::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

QString targetStatusLabel(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Met:
        return TargetStatusText::tr("met");
    case TargetStatus::Near:
        return TargetStatusText::tr("near");
    case TargetStatus::Missed:
        return TargetStatusText::tr("missed");
    case TargetStatus::NoTarget:
        return TargetStatusText::tr("no target");
    case TargetStatus::Pending:
        return TargetStatusText::tr("pending");
    }
    return {};
}

QString targetNumberText(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

} // namespace Annals
