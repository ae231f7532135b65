#pragma once

#include "targetoutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Annals {

/*!
 * How a target is worded, which decides how it is drawn and judged (TargetEvaluator).
 * The coding follows shared/data/README.md, "Targets vs outcomes".
 */
enum class TargetKind {
    None,    ///< no numeric target that year: neither low nor high
    About,   ///< "7%左右", "about 7%": low = high
    Point,   ///< a number with no qualifier: low = high
    AtLeast, ///< "以上", "不低于": low only
    AtMost,  ///< "以内", "控制在", "低于": high only
    Range,   ///< "8–9%": low < high
};

/// The stable identifier used in files: "none", "about", "point", "at-least", "at-most", "range".
QString targetKindId(TargetKind kind);
/// Parses a target kind identifier; nullopt when unknown.
std::optional<TargetKind> targetKindFromId(const QString &id);

/// One government target for one indicator and year, with what happened (per release).
struct Target
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Target)

public:
    QString indicatorId; ///< a TargetIndicator of the same dataset
    int year = 0;
    TargetKind kind = TargetKind::None;
    std::optional<double> low;  ///< in the indicator's unit
    std::optional<double> high; ///< in the indicator's unit
    QString phrase;             ///< the target as the report words it, verbatim
    QString source;             ///< URL or document the phrase is from
    QString note;
    QList<TargetOutcome> outcomes; ///< at most one per vintage

    /// The outcome of \a vintage; nullptr when there is none.
    const TargetOutcome *outcome(OutcomeVintage vintage) const;
    /// The target as a phrase in \a unit (the indicator's): "about 7 %", "at least 11
    /// million persons", "6.5–7 %", or "no target"; translated.
    QString wording(const QString &unit) const;

    bool operator==(const Target &other) const = default;
};

} // namespace Annals
