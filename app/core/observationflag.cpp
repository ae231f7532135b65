#include "observationflag.h"

#include <QCoreApplication>

namespace Annals {

QString ObservationFlag::describe(const QString &flag)
{
    if (flag == doNotChart())
        return tr("Discrepant with every other source; kept for reference, not charted.");
    if (flag == lowConfidence())
        return tr("Low confidence: taken from a secondary or machine-made page; verify it.");
    if (flag == approximate())
        return tr("Approximate figure (\"about\") as printed by the source.");
    if (flag == growthVsPreviousActual())
        return tr("Growth is quoted against the previous year's actual spending, "
                  "not against the previous budget.");
    if (flag == quotedTwoWays())
        return tr("This year's figure is quoted differently by different sources.");
    if (flag == possibleSeriesBreak())
        return tr("Series break: up to 2014 this figure is a central-budget total that "
                  "includes transfers to local governments (中央财政 rather than 中央本级).");
    if (flag == totalRdNotBasicResearch())
        return tr("This is total R&D spending (the \"3.3 trillion yuan\" of the news), "
                  "not basic research.");
    if (flag == revisedLater())
        return tr("Revised later (e.g. after a GDP revision); see the note.");
    if (flag == secondarySource())
        return tr("Seen in a secondary source only.");
    if (flag == uncertainScope())
        return tr("Unclear whether this is central-level or national spending; shown, "
                  "not charted.");
    if (flag == nationalNotCentral())
        return tr("National general-public-budget spending, not central-level: listed for "
                  "reference, not charted.");
    return flag;
}

} // namespace Annals
