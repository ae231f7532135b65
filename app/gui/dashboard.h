#pragma once

#include "chartcatalog.h"

#include <QStringList>
#include <QWidget>

class QSplitter;

namespace Annals {

class ProjectDocument;
class YearChart;

/// The three linked charts: spending growth, R&D intensity and keyword trends.
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    explicit Dashboard(ProjectDocument *document, QWidget *parent = nullptr);

    YearChart *chart(ChartCatalog::Chart which) const;
    QList<YearChart *> charts() const { return {m_spending, m_intensity, m_keywords}; }
    /// Column ids of every series drawn, chart by chart: what the table and details show.
    QStringList shownColumnIds() const;
    /// Configures every chart again from the project (and the plan-shading setting).
    void refresh();

Q_SIGNALS:
    void shownColumnsChanged();

private:
    ProjectDocument *m_document;
    YearChart *m_spending = nullptr;
    YearChart *m_intensity = nullptr;
    YearChart *m_keywords = nullptr;
};

} // namespace Annals
