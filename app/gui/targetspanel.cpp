#include "targetspanel.h"

#include "projectdocument.h"
#include "targetchart.h"
#include "targettablemodel.h"
#include "yearselection.h"
#include "yeartablemodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Annals {

namespace {

QColor statusColor(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case TargetStatus::Near:
        return QColor(0xe0, 0x9a, 0x00);
    case TargetStatus::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case TargetStatus::NoTarget:
    case TargetStatus::Pending:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

TargetMark::Shape shapeOf(TargetKind kind)
{
    switch (kind) {
    case TargetKind::None:
        return TargetMark::Shape::None;
    case TargetKind::About:
        return TargetMark::Shape::About;
    case TargetKind::Point:
        return TargetMark::Shape::Point;
    case TargetKind::AtLeast:
        return TargetMark::Shape::Floor;
    case TargetKind::AtMost:
        return TargetMark::Shape::Ceiling;
    case TargetKind::Range:
        return TargetMark::Shape::Band;
    }
    return TargetMark::Shape::None;
}

} // namespace

TargetsPanel::TargetsPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new TargetTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_indicator(new QComboBox)
    , m_vintage(new QComboBox)
    , m_tolerance(new QDoubleSpinBox)
    , m_chart(new TargetChart)
    , m_table(new QTableView)
    , m_summary(new QLabel)
{
    m_indicator->setObjectName(QStringLiteral("targetIndicator"));
    m_vintage->setObjectName(QStringLiteral("targetVintage"));
    m_tolerance->setObjectName(QStringLiteral("targetTolerance"));
    m_chart->setObjectName(QStringLiteral("targetChart"));
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_summary->setObjectName(QStringLiteral("targetSummary"));

    m_vintage->addItem(tr("First release"), int(TargetEvaluator::Preference::FirstRelease));
    m_vintage->addItem(tr("Revised"), int(TargetEvaluator::Preference::Revised));
    m_vintage->setToolTip(tr("Which outcome is judged; where a target has no outcome of that "
                             "release, the final or the other one is used"));
    m_tolerance->setRange(0, 5);
    m_tolerance->setSingleStep(0.1);
    m_tolerance->setDecimals(2);
    m_tolerance->setValue(TargetEvaluator::defaultTolerance);
    m_tolerance->setSuffix(tr(" pp"));
    m_tolerance->setToolTip(tr("How far an outcome may be from an \"about\" (左右) target and "
                               "still count as near"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Indicator:")));
    controls->addWidget(m_indicator, 1);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Judge:")));
    controls->addWidget(m_vintage);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Tolerance for “about”:")));
    controls->addWidget(m_tolerance);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TargetTableModel::SortRole);
    m_proxy->setFilterRole(TargetTableModel::IndicatorIdRole);
    m_proxy->setFilterKeyColumn(TargetTableModel::Indicator);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The summary scrolls: a line per indicator must not make the dock (and the window) taller.
    auto *summaryArea = new QScrollArea;
    summaryArea->setWidget(m_summary);
    summaryArea->setWidgetResizable(true);
    summaryArea->setFrameShape(QFrame::NoFrame);
    summaryArea->setMinimumHeight(0);
    m_table->setMinimumHeight(0);
    // Side by side: the dock is wide and low, below the dashboard.
    auto *listing = new QSplitter(Qt::Vertical);
    listing->addWidget(m_table);
    listing->addWidget(summaryArea);
    listing->setStretchFactor(0, 3);
    listing->setStretchFactor(1, 1);
    listing->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_chart);
    split->addWidget(listing);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 440}); // proportions: the splitter scales them to its width
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    m_chart->setYearSelection(document->yearModel(), document->yearSelection());
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &TargetsPanel::applyFilter);
    connect(m_vintage, &QComboBox::currentIndexChanged, this, &TargetsPanel::applyEvaluator);
    connect(m_tolerance, &QDoubleSpinBox::valueChanged, this, &TargetsPanel::applyEvaluator);
    connect(m_table, &QTableView::clicked, this, &TargetsPanel::selectYearOfRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // With every indicator listed, the chart shows the indicator of the row.
                if (current.isValid() && m_indicator->currentIndex() == 0)
                    updateChart();
            });
    connect(document, &ProjectDocument::datasetChanged, this, &TargetsPanel::reload);
    reload();
}

const TargetEvaluator &TargetsPanel::evaluator() const
{
    return m_model->evaluator();
}

void TargetsPanel::reload()
{
    const Dataset &dataset = m_document->project().dataset;
    const QString previous = m_indicator->currentData().toString();
    m_model->setDataset(dataset);
    {
        const QSignalBlocker blocker(m_indicator);
        m_indicator->clear();
        m_indicator->addItem(tr("All indicators"), QString());
        for (const TargetIndicator &indicator : dataset.targetIndicators)
            m_indicator->addItem(indicator.displayName(), indicator.id);
        m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(previous)));
    }
    applyFilter();
}

void TargetsPanel::applyEvaluator()
{
    TargetEvaluator evaluator(TargetEvaluator::Preference(m_vintage->currentData().toInt()),
                              m_tolerance->value());
    m_model->setEvaluator(evaluator);
    updateChart();
    updateSummary();
    Q_EMIT evaluatorChanged();
}

void TargetsPanel::applyFilter()
{
    const QString id = m_indicator->currentData().toString();
    m_proxy->setFilterRegularExpression(
        id.isEmpty() ? QString()
                     : QStringLiteral("^%1$").arg(QRegularExpression::escape(id)));
    updateChart();
    updateSummary();
}

QString TargetsPanel::chartIndicator() const
{
    const QString chosen = m_indicator->currentData().toString();
    if (!chosen.isEmpty())
        return chosen;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        return current.data(TargetTableModel::IndicatorIdRole).toString();
    const Dataset &dataset = m_model->dataset();
    return dataset.targetIndicators.isEmpty() ? QString()
                                              : dataset.targetIndicators.first().id;
}

void TargetsPanel::updateChart()
{
    const QString id = chartIndicator();
    const Dataset &dataset = m_model->dataset();
    const TargetIndicator *indicator = dataset.targetIndicator(id);
    QList<TargetMark> marks;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Target &target = m_model->target(row);
        if (target.indicatorId != id)
            continue;
        const TargetEvaluation &evaluation = m_model->evaluation(row);
        TargetMark mark;
        mark.year = target.year;
        mark.shape = shapeOf(target.kind);
        mark.low = target.low;
        mark.high = target.high;
        mark.tolerance = m_model->evaluator().tolerance();
        if (evaluation.outcome)
            mark.outcome = evaluation.outcome->value;
        mark.outcomeColor = statusColor(evaluation.status);
        QString tip = QStringLiteral("<b>%1 %2</b>: %3")
                          .arg(indicator ? indicator->displayName().toHtmlEscaped() : id)
                          .arg(target.year)
                          .arg(m_model->targetText(target).toHtmlEscaped());
        if (!target.phrase.isEmpty())
            tip += QStringLiteral("<br>“%1”").arg(target.phrase.toHtmlEscaped());
        if (!target.source.isEmpty())
            tip += QStringLiteral("<br><i>%1</i>").arg(target.source.toHtmlEscaped());
        tip += QStringLiteral("<br>");
        if (evaluation.outcome)
            tip += tr("Outcome %1 (%2): ")
                       .arg(QString::number(evaluation.outcome->value, 'g', 12),
                            outcomeVintageId(evaluation.outcome->vintage));
        tip += QStringLiteral("<b>%1</b>").arg(targetStatusLabel(evaluation.status));
        if (evaluation.gap)
            tip += QStringLiteral(", ")
                   + tr("gap %1").arg(QString::number(*evaluation.gap, 'g', 12));
        mark.tooltip = tip;
        marks.append(mark);
    }
    m_chart->setTitle(indicator ? tr("Targets and outcomes: %1").arg(indicator->displayName())
                                : tr("Targets and outcomes"));
    m_chart->setUnit(indicator ? indicator->unit : QString());
    m_chart->setMarks(marks);
}

void TargetsPanel::updateSummary()
{
    const QString chosen = m_indicator->currentData().toString();
    QStringList lines;
    for (const TargetIndicator &indicator : m_model->dataset().targetIndicators) {
        if (chosen.isEmpty() || indicator.id == chosen)
            lines.append(m_model->summary(indicator.id));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void TargetsPanel::selectYearOfRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const int year = proxyIndex.data(TargetTableModel::YearRole).toInt();
    const int row = YearSelection::rowOfYear(m_document->yearModel(), year);
    if (row >= 0)
        YearSelection::selectRows(m_document->yearSelection(), row, row, row);
}

} // namespace Annals
