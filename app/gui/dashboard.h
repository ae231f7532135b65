#pragma once

#include "chartcatalog.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QScrollArea;

namespace Annals {

class ChartPane;
class ExportActions;
class ProjectDocument;
class YearChart;

/*!
 * The linked charts: by default spending growth, R&D intensity and keyword trends (or, for
 * another extract, one chart per unit kind), or the charts the analyst arranged
 * (ViewState::charts). Figure charts sit two to a row, the keyword chart spans the bottom.
 */
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    explicit Dashboard(ProjectDocument *document, QWidget *parent = nullptr);

    /// The conventional chart \a which, or nullptr when the dashboard has none.
    YearChart *chart(ChartCatalog::Chart which) const;
    QList<YearChart *> charts() const;
    QList<ChartPane *> panes() const { return m_panes; }
    /// Column ids of every series drawn, chart by chart: what the table and details show.
    QStringList shownColumnIds() const;
    /// Configures every chart again from the project (and the plan-shading setting).
    void refresh();
    /// For the details panel: what charts in a relative view show for \a year, beside the
    /// absolute values; empty when every chart shows absolute values.
    QString relativeDetailsHtml(int year) const;
    /// Puts "Copy Chart Image" and "Export…" in each chart's menu.
    void setExportActions(ExportActions *exports);

Q_SIGNALS:
    void shownColumnsChanged();

private:
    void rebuildPanes(const QStringList &kinds);
    void addExportActions(ChartPane *pane, const QString &kind, int index);

    ProjectDocument *m_document;
    QPointer<ExportActions> m_exports;
    QList<ChartPane *> m_panes;
    QStringList m_kinds; ///< ChartLayout::kind of each pane
    QScrollArea *m_scroll;
    QWidget *m_rows = nullptr;
};

} // namespace Annals
