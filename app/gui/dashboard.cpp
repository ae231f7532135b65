#include "dashboard.h"

#include "chartlayouts.h"
#include "chartpane.h"
#include "exportactions.h"
#include "projectdocument.h"
#include "yearchart.h"
#include "yeartablemodel.h"

#include <QAction>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace Annals {

Dashboard::Dashboard(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scroll(new QScrollArea)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // More rows of charts than fit keep a readable height and scroll.
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll);
    connect(document, &ProjectDocument::viewStateChanged, this, &Dashboard::refresh);
    connect(document, &ProjectDocument::datasetChanged, this, &Dashboard::refresh);
    connect(document, &ProjectDocument::annotationsChanged, this, &Dashboard::refresh);
    refresh();
}

YearChart *Dashboard::chart(ChartCatalog::Chart which) const
{
    const qsizetype at = m_kinds.indexOf(ChartLayouts::kindOf(which));
    return at >= 0 ? m_panes.at(at)->chart() : nullptr;
}

QList<YearChart *> Dashboard::charts() const
{
    QList<YearChart *> result;
    for (const ChartPane *pane : m_panes)
        result.append(pane->chart());
    return result;
}

QStringList Dashboard::shownColumnIds() const
{
    QStringList ids;
    for (const YearChart *chart : charts()) {
        for (const PlotSpec &plot : chart->plots())
            ids.append(plot.columnId);
    }
    return ids;
}

QString Dashboard::relativeDetailsHtml(int year) const
{
    if (year == 0)
        return {};
    const YearTableModel &model = *m_document->yearModel();
    const int row = model.rowOfYear(year);
    QString html;
    for (const YearChart *chart : charts()) {
        if (chart->relativeMode() == FigureTransform::Mode::Absolute || row < 0)
            continue;
        QString lines;
        for (const PlotSpec &plot : chart->plots()) {
            const int column = model.columnOf(plot.columnId);
            if (!plot.relative || column < 0)
                continue;
            const QModelIndex index = model.index(row, column);
            const QString absolute = index.data(Qt::DisplayRole).toString();
            if (absolute.isEmpty())
                continue;
            const std::optional<double> shown = chart->plottedValue(plot.columnId, year);
            const QString value = shown ? QLocale().toString(*shown, 'f', 1)
                                        : tr("not computed (no base value, or across a "
                                             "series break)");
            lines += QStringLiteral("<br>%1: <b>%2</b> (%3 %4)")
                         .arg(plot.legend.toHtmlEscaped(), value.toHtmlEscaped(),
                              absolute.toHtmlEscaped(),
                              index.data(YearTableRoles::Unit).toString().toHtmlEscaped());
        }
        if (lines.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b> — %2%3</p>")
                    .arg(chart->title().toHtmlEscaped(),
                         chart->axisTitle(PlotAxis::Primary).toHtmlEscaped(), lines);
    }
    return html;
}

void Dashboard::setExportActions(ExportActions *exports)
{
    m_exports = exports;
    for (qsizetype i = 0; i < m_panes.size(); ++i)
        addExportActions(m_panes.at(i), m_kinds.value(i), int(i));
}

void Dashboard::addExportActions(ChartPane *pane, const QString &kind, int index)
{
    using Target = ExportRequest::Target;
    const Target target = kind == QLatin1String(ChartLayout::spending) ? Target::Spending
                          : kind == QLatin1String(ChartLayout::rdIntensity)
                              ? Target::RdIntensity
                          : kind == QLatin1String(ChartLayout::keywords) ? Target::Keywords
                                                                         : Target::Chart;
    YearChart *chart = pane->chart();
    auto *copy = new QAction(tr("Copy Chart Image"), chart);
    copy->setObjectName(QStringLiteral("copyChartAction"));
    connect(copy, &QAction::triggered, m_exports,
            [exports = m_exports, target, index] { exports->copyChart(target, index); });
    chart->addAction(copy);
    pane->setExtraActions({copy, m_exports->exportAction()});
}

void Dashboard::rebuildPanes(const QStringList &kinds)
{
    // Called from a pane's own menu (Remove Chart): the old panes go when control returns.
    if (m_rows) {
        m_rows->hide(); // before it leaves the scroll area, or it shows as a window
        m_scroll->takeWidget();
        m_rows->deleteLater();
    }
    m_panes.clear();
    m_kinds = kinds;
    auto *rows = new QSplitter(Qt::Vertical);
    m_rows = rows;
    QSplitter *row = nullptr;
    int custom = 0;
    for (const QString &kind : kinds) {
        auto *pane = new ChartPane(m_document);
        YearChart *chart = pane->chart();
        if (kind == QLatin1String(ChartLayout::spending))
            chart->setObjectName(QStringLiteral("spendingChart"));
        else if (kind == QLatin1String(ChartLayout::rdIntensity))
            chart->setObjectName(QStringLiteral("intensityChart"));
        else if (kind == QLatin1String(ChartLayout::keywords))
            chart->setObjectName(QStringLiteral("keywordChart"));
        else
            chart->setObjectName(QStringLiteral("chart%1").arg(++custom));
        if (m_exports)
            addExportActions(pane, kind, int(m_panes.size()));
        // The keyword chart spans its own row; figure charts share rows two by two.
        const bool wide = kind == QLatin1String(ChartLayout::keywords);
        if (wide || !row || row->count() >= 2) {
            row = new QSplitter(Qt::Horizontal);
            rows->addWidget(row);
        }
        row->addWidget(pane);
        if (wide)
            row = nullptr;
        m_panes.append(pane);
    }
    // The spending chart has more years and series than the intensity chart beside it.
    if (auto *first = qobject_cast<QSplitter *>(rows->widget(0)); first && first->count() == 2
        && kinds.value(0) == QLatin1String(ChartLayout::spending)) {
        first->setStretchFactor(0, 3);
        first->setStretchFactor(1, 2);
    }
    // Two rows share the height; from three on, each keeps enough for its axis titles.
    rows->setMinimumHeight(rows->count() > 2 ? int(rows->count()) * 260 : 0);
    m_scroll->setWidget(rows);
}

void Dashboard::refresh()
{
    const QList<ChartLayout> layouts = ChartLayouts::effective(m_document->project(),
                                                               *m_document->yearModel());
    QStringList kinds;
    for (const ChartLayout &layout : layouts)
        kinds.append(layout.kind);
    const bool newPanes = kinds != m_kinds || m_panes.isEmpty();
    if (newPanes)
        rebuildPanes(kinds);
    for (qsizetype i = 0; i < layouts.size(); ++i) {
        YearChart *chart = m_panes.at(i)->chart();
        const YearChart::Batch batch(chart); // a new chart is built once, with its layout
        if (newPanes)
            chart->setModel(m_document->yearModel(), m_document->yearSelection());
        m_panes.at(i)->setChartLayout(int(i), layouts.at(i));
    }
    Q_EMIT shownColumnsChanged();
}

} // namespace Annals
