#pragma once

#include <QCoreApplication>
#include <QString>

namespace Annals {

/*!
 * \brief The caveat flags an observation can carry, with their user-facing explanations.
 *
 * Files may carry any flag; the ones known here get a translated explanation, others are
 * shown as written.
 */
class ObservationFlag
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ObservationFlag)

public:
    static QString doNotChart() { return QStringLiteral("do-not-chart"); }
    static QString lowConfidence() { return QStringLiteral("low-confidence"); }
    static QString approximate() { return QStringLiteral("approximate"); }
    static QString growthVsPreviousActual() { return QStringLiteral("growth-vs-previous-actual"); }
    static QString quotedTwoWays() { return QStringLiteral("quoted-two-ways"); }
    static QString possibleSeriesBreak() { return QStringLiteral("possible-series-break"); }
    static QString totalRdNotBasicResearch() { return QStringLiteral("total-rd-not-basic-research"); }
    static QString revisedLater() { return QStringLiteral("revised-later"); }
    static QString secondarySource() { return QStringLiteral("secondary-source"); }
    static QString uncertainScope() { return QStringLiteral("uncertain-scope"); }
    static QString nationalNotCentral() { return QStringLiteral("national-not-central"); }

    /// A sentence explaining \a flag to an analyst.
    static QString describe(const QString &flag);
};

} // namespace Annals
