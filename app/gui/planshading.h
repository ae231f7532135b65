#pragma once

#include "yearmarker.h"

#include <QCoreApplication>
#include <QList>

namespace Annals {

struct Dataset;

/*!
 * \brief Planning periods (Five-Year Plans) shaded and labelled on the year charts.
 *
 * Whether they are shown is a user setting (QSettings "view/fiveYearPlans", on unless switched
 * off) until the project's view state holds it.
 */
class PlanShading
{
    Q_DECLARE_TR_FUNCTIONS(Annals::PlanShading)

public:
    static bool isShown();
    static void setShown(bool shown);
    /// One marker per period of \a dataset: a faint band, labelled "11th FYP" (the plan's
    /// number), in two alternating colours so that neighbouring plans stay apart.
    static QList<YearMarker> markers(const Dataset &dataset);
};

} // namespace Annals
