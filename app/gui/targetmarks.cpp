#include "targetmarks.h"

#include "targettablemodel.h"

namespace Annals {

namespace {

TargetMark::Shape shapeOf(TargetKind kind)
{
    switch (kind) {
    case TargetKind::None:
        return TargetMark::Shape::None;
    case TargetKind::About:
        return TargetMark::Shape::About;
    case TargetKind::Point:
        return TargetMark::Shape::Point;
    case TargetKind::AtLeast:
        return TargetMark::Shape::Floor;
    case TargetKind::AtMost:
        return TargetMark::Shape::Ceiling;
    case TargetKind::Range:
        return TargetMark::Shape::Band;
    }
    return TargetMark::Shape::None;
}

} // namespace

QColor TargetMarks::statusColor(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case TargetStatus::Near:
        return QColor(0xe0, 0x9a, 0x00);
    case TargetStatus::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case TargetStatus::NoTarget:
    case TargetStatus::Pending:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QList<TargetMark> TargetMarks::build(const TargetTableModel &model, const QString &indicatorId)
{
    const QString name = model.dataset().targetIndicatorName(indicatorId);
    QList<TargetMark> marks;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Target &target = model.target(row);
        if (target.indicatorId != indicatorId)
            continue;
        const TargetEvaluation &evaluation = model.evaluation(row);
        TargetMark mark;
        mark.year = target.year;
        mark.shape = shapeOf(target.kind);
        mark.low = target.low;
        mark.high = target.high;
        mark.tolerance = model.evaluator().tolerance();
        mark.outcome = evaluation.outcomeValue();
        mark.outcomeColor = statusColor(evaluation.status);
        QString tip = QStringLiteral("<b>%1 %2</b>: %3")
                          .arg(name.toHtmlEscaped())
                          .arg(target.year)
                          .arg(model.targetText(target).toHtmlEscaped());
        if (!target.phrase.isEmpty())
            tip += QStringLiteral("<br>“%1”").arg(target.phrase.toHtmlEscaped());
        if (!target.source.isEmpty())
            tip += QStringLiteral("<br><i>%1</i>").arg(target.source.toHtmlEscaped());
        tip += QStringLiteral("<br>");
        if (evaluation.outcome)
            tip += tr("Outcome %1 (%2): ")
                       .arg(QString::number(evaluation.outcome->value, 'g', 12),
                            outcomeVintageLabel(evaluation.outcome->vintage));
        tip += QStringLiteral("<b>%1</b>").arg(targetStatusLabel(evaluation.status));
        if (evaluation.gap)
            tip += QStringLiteral(", ")
                   + tr("gap %1").arg(QString::number(*evaluation.gap, 'g', 12));
        mark.tooltip = tip;
        marks.append(mark);
    }
    return marks;
}

} // namespace Annals
