#include "observationchecks.h"

#include "inputtext.h"
#include "unit.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace Annals::ObservationChecks {

namespace {

// The translation context of this file's messages.
class ObservationChecksText
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ObservationChecks)
};

} // namespace

QString checkYear(int year)
{
    if (year < firstAcceptedYear || year > lastAcceptedYear) {
        return ObservationChecksText::tr("year %1 is outside %2–%3")
            .arg(year)
            .arg(firstAcceptedYear)
            .arg(lastAcceptedYear);
    }
    return {};
}

QString checkYearText(const QString &text, int *year)
{
    bool ok = false;
    *year = text.trimmed().toInt(&ok);
    if (!ok)
        return ObservationChecksText::tr("expected a year such as 2024, found \"%1\"")
            .arg(InputText::echoed(text));
    return checkYear(*year);
}

QString checkValue(double value, SeriesKind kind)
{
    if (!std::isfinite(value))
        return ObservationChecksText::tr("expected a finite number, found %1").arg(value);
    if (std::abs(value) > InputLimits::maxValueMagnitude) {
        return ObservationChecksText::tr(
                   "%1 is out of range; Annals reads values of at most 10^15 in magnitude")
            .arg(value, 0, 'g', 17);
    }
    if (value < 0 && kind != SeriesKind::Percent)
        return ObservationChecksText::tr("expected a non-negative amount, found %1").arg(value);
    return {};
}

QString checkValueText(const QString &text, SeriesKind kind, std::optional<double> *value)
{
    const QString trimmed = text.trimmed();
    value->reset();
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    const double parsed = trimmed.toDouble(&ok);
    if (!ok) {
        // toDouble() fails on a well-formed number too large for a double: say so.
        static const QRegularExpression number(
            QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
        if (number.match(trimmed).hasMatch()) {
            return ObservationChecksText::tr(
                       "%1 is out of range; Annals reads values of at most 10^15 in magnitude")
                .arg(InputText::echoed(trimmed));
        }
        return ObservationChecksText::tr(
                   "expected a number with a decimal point such as 370.8, found \"%1\"")
            .arg(InputText::echoed(text));
    }
    if (QString problem = checkValue(parsed, kind); !problem.isEmpty())
        return problem;
    *value = parsed;
    return {};
}

QString checkUnit(const QString &unit, SeriesKind *kind)
{
    const std::optional<SeriesKind> known = kindOfUnit(unit);
    if (!known) {
        return ObservationChecksText::tr(
                   "\"%1\" is not a unit Annals knows; expected e.g. \"billion yuan\", "
                   "\"% of GDP\" or \"count\"")
            .arg(InputText::echoed(unit));
    }
    if (kind)
        *kind = *known;
    return {};
}

QString checkName(const QString &name)
{
    if (name.size() <= InputLimits::maxNameLength)
        return {};
    return ObservationChecksText::tr(
               "%1 characters; Annals reads names and units of at most %2 characters")
        .arg(name.size())
        .arg(InputLimits::maxNameLength);
}

QString duplicateKey(const Observation &observation)
{
    // The value's exact bits: 0.1 + 0.2 and 0.3 are different figures.
    return QStringLiteral("%1/%2/%3/%4")
        .arg(observation.year)
        .arg(vintageId(observation.vintage),
             observation.value ? QString::number(*observation.value, 'g', 17) : QString(),
             observation.sourceId);
}

QString duplicateMessage()
{
    return ObservationChecksText::tr(
        "repeats an earlier observation (same year, vintage, value and source)");
}

} // namespace Annals::ObservationChecks
