#include "plantarget.h"

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// Rounded like TargetEvaluator compares: 2.4 − 2.5 is −0.1, not −0.09999….
QString points(double gap)
{
    return number(std::round(std::abs(gap) * 1e6) / 1e6);
}

} // namespace

std::optional<PlanTarget> PlanTarget::find(const Dataset &dataset, const Period &period,
                                           const TargetEvaluator &evaluator)
{
    PlanTarget result;
    result.period = period;
    if (const Target *target = dataset.target(indicatorId(), period.lastYear)) {
        result.target = *target;
    } else {
        if (!period.rdIntensityTargetPct)
            return std::nullopt;
        result.target.indicatorId = indicatorId();
        result.target.year = period.lastYear;
        result.target.kind = TargetKind::Point;
        result.target.low = period.rdIntensityTargetPct;
        result.target.high = period.rdIntensityTargetPct;
        result.target.source = period.targetSource;
    }
    result.indicatorName = dataset.targetIndicatorName(indicatorId());
    result.evaluation = evaluator.evaluate(result.target);
    return result;
}

const Period *PlanTarget::plan(const Dataset &dataset, int plan)
{
    for (const Period &period : dataset.periods) {
        if (period.plan == plan)
            return &period;
    }
    return nullptr;
}

const Period *PlanTarget::planOfRange(const Dataset &dataset, int fromYear, int toYear,
                                     std::pair<int, int> known)
{
    for (const Period &period : dataset.periods) {
        if (std::max(period.firstYear, known.first) == fromYear
            && std::min(period.lastYear, known.second) == toYear)
            return &period;
    }
    return nullptr;
}

QString PlanTarget::sentence() const
{
    QString text;
    if (target.kind == TargetKind::None || !target.low) {
        text = tr("No numeric R&D intensity target for %1").arg(target.year);
    } else {
        QString value = number(*target.low);
        if (target.kind == TargetKind::Range && target.high)
            value += QStringLiteral("–") + number(*target.high);
        text = tr("R&D intensity target %1% of GDP by %2").arg(value).arg(target.year);
    }
    // Punctuation in the patterns: Chinese has its own (“；”, “：”, “。”).
    if (!target.phrase.isEmpty())
        text = tr("%1 (“%2”)").arg(text, target.phrase);
    if (evaluation.outcome) {
        text = tr("%1; outcome %2% (%3)")
                   .arg(text, number(evaluation.outcome->value),
                        outcomeVintageLabel(evaluation.outcome->vintage));
    }
    QString status = targetStatusLabel(evaluation.status);
    if (evaluation.gap && *evaluation.gap != 0) {
        const QString gap = points(*evaluation.gap);
        status = *evaluation.gap < 0 ? tr("%1, %2 points below").arg(status, gap)
                                     : tr("%1, %2 points above").arg(status, gap);
    }
    return tr("%1: %2.").arg(text, status);
}

} // namespace Annals
