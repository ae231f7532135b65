#include "yearcharttooltip.h"

#include "yearselection.h"
#include "yeartableroles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLocale>

namespace Annals {

QString YearChartTooltip::relativeUnit(FigureTransform::Mode mode, int baseYear)
{
    switch (mode) {
    case FigureTransform::Mode::Absolute:
        break;
    case FigureTransform::Mode::Index:
        return tr("index, %1 = 100").arg(baseYear);
    case FigureTransform::Mode::ChangeFromPrevious:
        return tr("% change vs previous year");
    }
    return {};
}

QString YearChartTooltip::html(const QAbstractItemModel &model,
                               const QList<PlottedColumn> &columns, int year)
{
    const int row = YearSelection::rowOfYear(&model, year);
    QString html = QStringLiteral("<b>%1</b>").arg(year);
    if (row < 0)
        return html;
    for (const PlottedColumn &plotted : columns) {
        if (plotted.column < 0)
            continue;
        const QModelIndex index = model.index(row, plotted.column);
        const QString text = index.data(Qt::DisplayRole).toString();
        const QString name = plotted.spec.legend.isEmpty()
                                 ? model.headerData(plotted.column, Qt::Horizontal)
                                       .toString()
                                       .replace(QLatin1Char('\n'), QStringLiteral(" · "))
                                 : plotted.spec.legend;
        html += QStringLiteral("<br><span style='color:%1'>■</span> %2: ")
                    .arg(plotted.spec.color.name(), name.toHtmlEscaped());
        if (text.isEmpty()) {
            html += tr("no figure");
            continue;
        }
        const QString absolute = QStringLiteral("%1 %2").arg(
            text, index.data(YearTableRoles::Unit).toString());
        if (plotted.mode == FigureTransform::Mode::Absolute) {
            html += QStringLiteral("<b>%1</b> %2")
                        .arg(text.toHtmlEscaped(),
                             index.data(YearTableRoles::Unit).toString().toHtmlEscaped());
        } else if (plotted.relativeValue) {
            html += QStringLiteral("<b>%1</b> %2 (%3)")
                        .arg(QLocale().toString(*plotted.relativeValue, 'f', 1),
                             relativeUnit(plotted.mode, plotted.baseYear).toHtmlEscaped(),
                             absolute.toHtmlEscaped());
        } else {
            // The value exists but the view cannot compare it (no base, across a break).
            html += tr("%1: not computed, no base value or across a series break (%2)")
                        .arg(relativeUnit(plotted.mode, plotted.baseYear), absolute)
                        .toHtmlEscaped();
        }
        const QString vintage = index.data(YearTableRoles::Vintage).toString();
        const QString source = index.data(YearTableRoles::SourceTitle).toString();
        if (!vintage.isEmpty())
            html += QStringLiteral(" (%1)").arg(vintage.toHtmlEscaped());
        if (!source.isEmpty())
            html += QStringLiteral("<br>&nbsp;&nbsp;<i>%1</i>")
                        .arg(tr("Source: %1").arg(source).toHtmlEscaped());
        // Caveats travel with the value, as in the details panel and exports.
        for (const QString &flag : index.data(YearTableRoles::FlagTexts).toStringList())
            html += QStringLiteral("<br>&nbsp;&nbsp;⚠ %1").arg(flag.toHtmlEscaped());
    }
    return html;
}

} // namespace Annals
