#pragma once

#include <QString>

#include <optional>

namespace Annals {

/// How final a figure is: planned, spent, first estimate, or corrected later.
enum class Vintage {
    Budget,      ///< draft budget as submitted (e.g. March of the year)
    Actual,      ///< execution or final accounts; for statistics the final communiqué
    Preliminary, ///< first statistical release, superseded by a final one
    Revised,     ///< corrected after a later revision (e.g. of GDP)
};

/// The stable identifier used in files: "budget", "actual", "preliminary", "revised".
QString vintageId(Vintage vintage);
/// Parses a vintage identifier (case-insensitive); nullopt when unknown.
std::optional<Vintage> vintageFromId(const QString &id);
/// A translated, human-readable label.
QString vintageLabel(Vintage vintage);

} // namespace Annals
