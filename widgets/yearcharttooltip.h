#pragma once

#include "plotspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace Annals {

/// A plotted model column and how it is drawn.
struct PlottedColumn
{
    int column = -1;
    PlotSpec spec;
};

/// The hover text of a year chart: every plotted value of the year with unit, vintage, source.
class YearChartTooltip
{
    Q_DECLARE_TR_FUNCTIONS(Annals::YearChartTooltip)

public:
    static QString html(const QAbstractItemModel &model, const QList<PlottedColumn> &columns,
                        int year);
};

} // namespace Annals
