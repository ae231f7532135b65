#pragma once

#include "series.h"

#include <QString>

#include <optional>

namespace Annals {

/*!
 * \brief The kind of quantity a unit string denotes, or nullopt for a unit Annals does not know.
 *
 * Known: percentages ("%", "% of GDP", "% of R&D"), money ("[scale] currency", e.g.
 * "billion yuan", "million USD") and counts ("count", "persons", "million persons").
 */
std::optional<SeriesKind> kindOfUnit(const QString &unit);

} // namespace Annals
