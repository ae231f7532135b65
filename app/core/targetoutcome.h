#pragma once

#include <QString>

#include <optional>

namespace Annals {

/// Which release of an outcome: the first statistical release, the final communiqué (R&D
/// figures) or a later revision (e.g. of GDP after an economic census).
enum class OutcomeVintage {
    FirstRelease,
    Final,
    Revised,
};

/// The stable identifier used in files: "first_release", "final", "revised".
QString outcomeVintageId(OutcomeVintage vintage);
/// Parses an outcome vintage identifier (case-sensitive); nullopt when unknown.
std::optional<OutcomeVintage> outcomeVintageFromId(const QString &id);
/// A translated, human-readable label ("first release", "final", "revised"), as
/// vintageLabel() is for figures: what the user reads, where files have the identifier.
QString outcomeVintageLabel(OutcomeVintage vintage);

/// What happened in a target's year, as one release reported it.
struct TargetOutcome
{
    OutcomeVintage vintage = OutcomeVintage::FirstRelease;
    double value = 0;
    QString source; ///< URL or document (e.g. "shared/corpus/gwr-2016-zh.txt")
    QString note;   ///< empty when the target's note says it all

    bool operator==(const TargetOutcome &other) const = default;
};

} // namespace Annals
