#pragma once

#include "targetevaluation.h"
#include "targetmark.h"

#include <QCoreApplication>
#include <QList>

namespace Annals {

class TargetTableModel;

/// What TargetChart draws for one indicator, for the Targets view and for exports.
class TargetMarks
{
    Q_DECLARE_TR_FUNCTIONS(Annals::TargetMarks)

public:
    /// One mark per target of \a indicatorId in \a model, with its tooltip.
    static QList<TargetMark> build(const TargetTableModel &model, const QString &indicatorId);
    /// Met green, near amber, missed red, no target and pending grey.
    static QColor statusColor(TargetStatus status);
};

} // namespace Annals
