#pragma once

#include "series.h"

#include <QString>

namespace Annals {

/// Rules every reader applies to an observation; each returns an empty string when fine.
namespace ObservationChecks {

constexpr int firstAcceptedYear = 1900;
constexpr int lastAcceptedYear = 2100;

/// Parses a year written as a whole number between 1900 and 2100.
QString checkYearText(const QString &text, int *year);
QString checkYear(int year);
/// Refuses NaN, infinities and negative amounts or counts.
QString checkValue(double value, SeriesKind kind);
/// Parses a decimal number ("370.8"); empty text is a missing value, not an error.
QString checkValueText(const QString &text, SeriesKind kind, std::optional<double> *value);

} // namespace ObservationChecks

} // namespace Annals
