#include "targetspanel.h"

#include "projectdocument.h"
#include "reportviewer.h"
#include "targetchart.h"
#include "targetmarks.h"
#include "targetreport.h"
#include "targettablemodel.h"
#include "textlibrary.h"
#include "yearselection.h"
#include "yeartablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QToolButton>
#include <QUrl>
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
    , m_openInReport(new QAction(tr("Open in &Report"), this))
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
    controls->addSpacing(12);
    m_openInReport->setObjectName(QStringLiteral("openInReportAction"));
    auto *openButton = new QToolButton;
    openButton->setObjectName(QStringLiteral("openInReportButton"));
    openButton->setDefaultAction(m_openInReport);
    controls->addWidget(openButton);

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
    m_table->addAction(m_openInReport);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
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
    // The choices are part of the project's view: an undoable edit, saved with it.
    const auto judge = [this] {
        m_document->setTargetJudgement(
            m_vintage->currentData().toInt() == int(TargetEvaluator::Preference::Revised),
            m_tolerance->value());
    };
    connect(m_vintage, &QComboBox::currentIndexChanged, this, judge);
    connect(m_tolerance, &QDoubleSpinBox::valueChanged, this, judge);
    connect(document, &ProjectDocument::viewStateChanged, this, &TargetsPanel::followView);
    connect(m_table, &QTableView::clicked, this, &TargetsPanel::selectYearOfRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // With every indicator listed, the chart shows the indicator of the row.
                if (current.isValid() && m_indicator->currentIndex() == 0)
                    updateChart();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TargetsPanel::updateReportAction);
    connect(m_openInReport, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            openInReport(current.data(TargetTableModel::IndicatorIdRole).toString(),
                         current.data(TargetTableModel::YearRole).toInt());
    });
    m_chart->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_chart, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (QMenu *menu = chartMenuAt(position)) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_chart->mapToGlobal(position));
        }
    });
    connect(document, &ProjectDocument::datasetChanged, this, &TargetsPanel::reload);
    reload();
    followView();
}

void TargetsPanel::prepareReportAction(QAction *action, const Target *target)
{
    if (!target) {
        action->setEnabled(false);
        action->setToolTip(tr("Choose a target to open its phrase in the report"));
        return;
    }
    const TargetReport report = TargetReport::locate(m_document->project(), *target);
    action->setEnabled(report.found());
    action->setToolTip(report.found()
                           ? tr("Open %1 at “%2”").arg(report.fileName, target->phrase)
                           : report.reason);
}

void TargetsPanel::updateReportAction()
{
    const QModelIndex current = m_table->currentIndex();
    const Target *target = nullptr;
    if (current.isValid()) {
        target = m_document->project().dataset.target(
            current.data(TargetTableModel::IndicatorIdRole).toString(),
            current.data(TargetTableModel::YearRole).toInt());
    }
    prepareReportAction(m_openInReport, target);
}

QMenu *TargetsPanel::chartMenuAt(const QPoint &position)
{
    const std::optional<int> year = m_chart->yearAt(position);
    if (!year)
        return nullptr;
    const QString indicator = chartIndicator();
    const Target *target = m_document->project().dataset.target(indicator, *year);
    if (!target)
        return nullptr;
    auto *menu = new QMenu(m_chart);
    menu->setToolTipsVisible(true);
    QAction *open = menu->addAction(tr("Open %1 Target in &Report").arg(*year));
    open->setObjectName(QStringLiteral("openMarkInReportAction"));
    prepareReportAction(open, target);
    connect(open, &QAction::triggered, this,
            [this, indicator, year = *year] { openInReport(indicator, year); });
    return menu;
}

bool TargetsPanel::openTargetLink(const QUrl &url)
{
    QString indicator;
    int year = 0;
    if (!TargetReport::parseLink(url, &indicator, &year))
        return false;
    openInReport(indicator, year);
    return true;
}

void TargetsPanel::openInReport(const QString &indicatorId, int year)
{
    const Project &project = m_document->project();
    const Target *target = project.dataset.target(indicatorId, year);
    if (!target)
        return;
    const TargetReport report = TargetReport::locate(project, *target);
    if (!report.found())
        return;
    for (const ReportTextRef &ref : project.texts) {
        if (ref.sha256 != report.sha256)
            continue;
        const Result<QString> text = TextLibrary::load(ref);
        if (!text)
            return;
        // The phrase is the one "hit": highlighted, scrolled to, named below the text.
        const KeywordHit hit{0, report.offset, report.length};
        auto *viewer = new ReportViewer(
            tr("%1 (%2) — Annals").arg(ref.fileName).arg(ref.year), text.value(), {hit},
            {tr("target phrase “%1”").arg(target->phrase)}, report.offset, window());
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setObjectName(QStringLiteral("reportViewer"));
        viewer->show();
        return;
    }
}

void TargetsPanel::followView()
{
    const ViewState &view = m_document->viewState();
    const auto preference = view.judgeRevisedOutcomes ? TargetEvaluator::Preference::Revised
                                                      : TargetEvaluator::Preference::FirstRelease;
    {
        const QSignalBlocker vintageBlocker(m_vintage);
        const QSignalBlocker toleranceBlocker(m_tolerance);
        m_vintage->setCurrentIndex(m_vintage->findData(int(preference)));
        m_tolerance->setValue(view.targetTolerance);
    }
    if (m_model->evaluator().preference() != preference
        || m_model->evaluator().tolerance() != view.targetTolerance)
        applyEvaluator();
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
    updateReportAction();
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
    m_chart->setTitle(indicator ? tr("Targets and outcomes: %1").arg(indicator->displayName())
                                : tr("Targets and outcomes"));
    m_chart->setUnit(indicator ? indicator->unit : QString());
    m_chart->setMarks(TargetMarks::build(*m_model, id));
}

void TargetsPanel::updateSummary()
{
    const QString chosen = m_indicator->currentData().toString();
    QStringList lines;
    for (const TargetIndicator &indicator : m_model->dataset().targetIndicators) {
        if (chosen.isEmpty() || indicator.id == chosen)
            lines.append(m_model->summary(indicator.id));
    }
    // Rich text: names hold "&" (R&D), which a plain label would read as a shortcut.
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    m_summary->setText(lines.join(QStringLiteral("<br>")));
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
