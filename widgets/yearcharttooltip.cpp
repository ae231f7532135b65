#include "yearcharttooltip.h"

#include "yearselection.h"
#include "yeartableroles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace Annals {

QString YearChartTooltip::html(const QAbstractItemModel &model,
                               const QList<PlottedColumn> &columns, int year)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Annals::YearChartTooltip", text);
    };
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
        html += QStringLiteral("<b>%1</b> %2")
                    .arg(text.toHtmlEscaped(),
                         index.data(YearTableRoles::Unit).toString().toHtmlEscaped());
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
