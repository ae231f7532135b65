#include "observationchecks.h"

#include <QCoreApplication>

#include <cmath>

namespace Annals::ObservationChecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Annals::ObservationChecks", text);
}

} // namespace

QString checkYear(int year)
{
    if (year < firstAcceptedYear || year > lastAcceptedYear) {
        return tr("year %1 is outside %2–%3")
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
        return tr("expected a year such as 2024, found \"%1\"").arg(text);
    return checkYear(*year);
}

QString checkValue(double value, SeriesKind kind)
{
    if (!std::isfinite(value))
        return tr("expected a finite number, found %1").arg(value);
    if (value < 0 && kind != SeriesKind::Percent)
        return tr("expected a non-negative amount, found %1").arg(value);
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
        return tr("expected a number with a decimal point such as 370.8, found \"%1\"")
            .arg(text);
    }
    if (QString problem = checkValue(parsed, kind); !problem.isEmpty())
        return problem;
    *value = parsed;
    return {};
}

} // namespace Annals::ObservationChecks
