#include "dashboard.h"

#include "projectdocument.h"
#include "yearchart.h"
#include "yeartablemodel.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace Annals {

Dashboard::Dashboard(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_spending(new YearChart)
    , m_intensity(new YearChart)
    , m_keywords(new YearChart)
{
    m_spending->setObjectName(QStringLiteral("spendingChart"));
    m_intensity->setObjectName(QStringLiteral("intensityChart"));
    m_keywords->setObjectName(QStringLiteral("keywordChart"));

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_spending);
    top->addWidget(m_intensity);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *rows = new QSplitter(Qt::Vertical);
    rows->addWidget(top);
    rows->addWidget(m_keywords);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows);

    for (YearChart *chart : charts())
        chart->setModel(document->yearModel(), document->yearSelection());
    connect(document, &ProjectDocument::viewStateChanged, this, &Dashboard::refresh);
    connect(document, &ProjectDocument::datasetChanged, this, &Dashboard::refresh);
    connect(document, &ProjectDocument::annotationsChanged, this, &Dashboard::refresh);
    refresh();
}

YearChart *Dashboard::chart(ChartCatalog::Chart which) const
{
    switch (which) {
    case ChartCatalog::Chart::Spending:
        return m_spending;
    case ChartCatalog::Chart::RdIntensity:
        return m_intensity;
    case ChartCatalog::Chart::Keywords:
        return m_keywords;
    }
    return nullptr;
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

void Dashboard::refresh()
{
    using Chart = ChartCatalog::Chart;
    for (Chart which : {Chart::Spending, Chart::RdIntensity, Chart::Keywords}) {
        ChartCatalog::configure(chart(which), which, m_document->project(),
                                *m_document->yearModel());
    }
    Q_EMIT shownColumnsChanged();
}

} // namespace Annals
