#pragma once

#include "inputlimits.h"
#include "series.h"

#include <QString>

#include <optional>

namespace Annals {

/*!
 * Rules every figure reader (extract, figure table) and the project loader apply; each returns
 * an empty string when fine, else the message. Limits come from InputLimits.
 */
namespace ObservationChecks {

constexpr int firstAcceptedYear = InputLimits::firstYear;
constexpr int lastAcceptedYear = InputLimits::lastYear;

/// Parses a year written as a whole number between 1900 and 2100.
QString checkYearText(const QString &text, int *year);
QString checkYear(int year);
/// Refuses NaN, infinities, negative amounts or counts and magnitudes above
/// InputLimits::maxValueMagnitude.
QString checkValue(double value, SeriesKind kind);
/// Parses a decimal number ("370.8"); empty text is a missing value, not an error.
QString checkValueText(const QString &text, SeriesKind kind, std::optional<double> *value);
/// Refuses a unit Annals does not know; on success \a kind (if given) receives its kind.
QString checkUnit(const QString &unit, SeriesKind *kind = nullptr);
/// Refuses a series id, name or unit longer than InputLimits::maxNameLength.
QString checkName(const QString &name);
/// What makes two observations of one series exact duplicates: year, vintage, value, source.
QString duplicateKey(const Observation &observation);
/// The message for an exact duplicate of an earlier observation.
QString duplicateMessage();

} // namespace ObservationChecks

} // namespace Annals
