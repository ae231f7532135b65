#pragma once

#include "figuretransform.h"
#include "plotspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QAbstractItemModel;

namespace Annals {

/// A plotted model column and how it is drawn.
struct PlottedColumn
{
    int column = -1;
    PlotSpec spec;
    /// A relative view shows its value first, then the absolute one.
    FigureTransform::Mode mode = FigureTransform::Mode::Absolute;
    int baseYear = 0;
    std::optional<double> relativeValue;
};

/// The hover text of a year chart: every plotted value of the year with unit, vintage, source.
class YearChartTooltip
{
    Q_DECLARE_TR_FUNCTIONS(Annals::YearChartTooltip)

public:
    static QString html(const QAbstractItemModel &model, const QList<PlottedColumn> &columns,
                        int year);
    /// "index, 2015 = 100" or "% change vs previous year": what a relative value is.
    static QString relativeUnit(FigureTransform::Mode mode, int baseYear);
};

} // namespace Annals
