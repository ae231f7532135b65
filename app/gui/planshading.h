#pragma once

#include "yearmarker.h"

#include <QCoreApplication>
#include <QList>

namespace Annals {

struct Dataset;
struct Period;

/*!
 * \brief Planning periods (Five-Year Plans) shaded and labelled on the year charts.
 *
 * Whether they are shown is part of the project's view (ViewState::showPlanPeriods).
 */
class PlanShading
{
    Q_DECLARE_TR_FUNCTIONS(Annals::PlanShading)

public:
    /// One marker per period of \a dataset: a faint band, labelled "11th FYP" (the plan's
    /// number), in two alternating colours so that neighbouring plans stay apart.
    static QList<YearMarker> markers(const Dataset &dataset);
    /// "13th FYP": the label of the plan's band.
    static QString shortName(const Period &period);
    /// Where the band is too narrow for shortName(): "13th"; in Chinese the form the data's
    /// name quotes ("十三五"), else "第13".
    static QString abbreviation(const Period &period);
};

} // namespace Annals
