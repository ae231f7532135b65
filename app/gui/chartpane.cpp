#include "chartpane.h"

#include "chartlayoutedits.h"
#include "chartlayouts.h"
#include "inputlimits.h"
#include "menutext.h"
#include "projectdocument.h"
#include "yearchart.h"
#include "yeartablemodel.h"

#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Annals {

namespace {

using Mode = FigureTransform::Mode;
const Mode modes[] = {Mode::Absolute, Mode::Index, Mode::ChangeFromPrevious};

} // namespace

ChartPane::ChartPane(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_chart(new YearChart)
    , m_mode(new QComboBox)
    , m_baseYear(new QSpinBox)
    , m_menuButton(new QToolButton)
{
    m_mode->setObjectName(QStringLiteral("chartModeBox"));
    m_mode->setToolTip(tr("Show absolute values, an index (base year = 100) or the change "
                          "against the previous year"));
    for (Mode mode : modes)
        m_mode->addItem(ChartLayouts::modeName(mode), int(mode));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseYear->setObjectName(QStringLiteral("chartBaseYearBox"));
    m_baseYear->setPrefix(tr("base "));
    m_baseYear->setToolTip(tr("The year whose value is 100"));
    m_baseYear->setRange(InputLimits::firstYear, InputLimits::lastYear);
    m_baseYear->setKeyboardTracking(false);
    m_menuButton->setObjectName(QStringLiteral("chartMenuButton"));
    m_menuButton->setText(tr("Chart"));
    m_menuButton->setToolTip(tr("Add or remove series and charts"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    auto *menu = new QMenu(m_menuButton);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        fillMenu(menu);
    });
    m_menuButton->setMenu(menu);

    m_header = new QHBoxLayout;
    m_header->setContentsMargins(4, 0, 4, 0);
    m_header->setSpacing(4);
    m_header->addWidget(m_mode);
    m_header->addWidget(m_baseYear);
    m_header->addStretch();
    m_header->addWidget(m_menuButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(m_header);
    layout->addWidget(m_chart, 1);

    connect(m_mode, &QComboBox::activated, this, &ChartPane::chooseMode);
    connect(m_baseYear, &QSpinBox::valueChanged, this, &ChartPane::chooseBaseYear);
    connect(m_chart, &YearChart::contextMenuRequested, this, [this](const QPoint &global) {
        QMenu menu;
        fillMenu(&menu);
        menu.exec(global);
    });
}

void ChartPane::setChartLayout(int index, const ChartLayout &layout)
{
    m_index = index;
    m_layout = layout;
    const Project &project = m_document->project();
    const YearTableModel &model = *m_document->yearModel();
    ChartLayouts::configure(m_chart, layout, project, model);
    const bool relative = ChartLayouts::hasRelativeViews(layout);
    m_mode->setVisible(relative);
    const QSignalBlocker modeBlocker(m_mode);
    m_mode->setCurrentIndex(m_mode->findData(int(layout.mode)));
    const QSignalBlocker baseBlocker(m_baseYear);
    m_baseYear->setVisible(relative && layout.mode == Mode::Index);
    m_baseYear->setRange(model.firstYear(), std::max(model.firstYear(), model.lastYear()));
    m_baseYear->setValue(ChartLayouts::baseYear(layout, project, model));
    // Hiding a control before the pane is first shown invalidates the pane's layout, not this
    // one nested in it, which kept the control's width: the dashboard's first split of a row
    // then missed, and its charts were laid out twice.
    m_header->invalidate();
}

void ChartPane::chooseMode(int comboIndex)
{
    const auto mode = Mode(m_mode->itemData(comboIndex).toInt());
    if (mode != m_layout.mode)
        ChartLayoutEdits::setMode(m_document, m_index, mode,
                                  mode == Mode::Index ? m_layout.baseYear : 0);
}

void ChartPane::chooseBaseYear(int year)
{
    if (m_layout.mode == Mode::Index && year != m_layout.baseYear)
        ChartLayoutEdits::setBaseYear(m_document, m_index, year);
}

void ChartPane::fillMenu(QMenu *menu)
{
    const YearTableModel &model = *m_document->yearModel();
    if (ChartLayouts::hasRelativeViews(m_layout)) {
        auto *group = new QActionGroup(menu);
        for (Mode mode : modes) {
            QAction *action = menu->addAction(ChartLayouts::modeName(mode));
            action->setCheckable(true);
            action->setChecked(mode == m_layout.mode);
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, mode] {
                ChartLayoutEdits::setMode(m_document, m_index, mode,
                                          mode == Mode::Index ? m_layout.baseYear : 0);
            });
        }
        menu->addSeparator();
        menu->addAction(tr("Add Series to This Chart…"), this,
                        &ChartPane::addSeriesInteractively);
    }
    QMenu *remove = menu->addMenu(tr("Remove Series"));
    for (const PlotSpec &plot : m_chart->plots()) {
        const QString label = plot.legend.isEmpty() ? ChartLayouts::columnLabel(model,
                                                                               plot.columnId)
                                                    : plot.legend;
        const QString id = plot.columnId;
        remove->addAction(MenuText::escaped(label), this, [this, id] {
            ChartLayoutEdits::removeSeries(m_document, m_index, id);
        });
    }
    remove->setEnabled(!remove->isEmpty());
    menu->addSeparator();
    menu->addAction(tr("New Chart…"), this, &ChartPane::newChartInteractively);
    menu->addAction(tr("Remove Chart"), this,
                    [this] { ChartLayoutEdits::removeChart(m_document, m_index); });
    if (!m_extraActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_extraActions);
    }
}

QString ChartPane::pickSeries(const QString &title)
{
    const QList<std::pair<QString, QString>> candidates
        = ChartLayouts::candidateColumns(*m_document->yearModel());
    QStringList labels;
    for (const auto &candidate : candidates)
        labels.append(candidate.second);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, tr("Series:"), labels, 0, false,
                                                 &ok);
    const qsizetype at = labels.indexOf(chosen);
    return ok && at >= 0 ? candidates.at(at).first : QString();
}

void ChartPane::addSeriesInteractively()
{
    const QString id = pickSeries(tr("Add Series to This Chart"));
    if (id.isEmpty())
        return;
    if (const QString refusal = ChartLayoutEdits::addSeries(m_document, m_index, id);
        !refusal.isEmpty())
        QMessageBox::information(this, tr("Add Series"), refusal);
}

void ChartPane::newChartInteractively()
{
    const QString id = pickSeries(tr("New Chart"));
    if (id.isEmpty())
        return;
    if (const QString refusal = ChartLayoutEdits::addChart(m_document, id); !refusal.isEmpty())
        QMessageBox::information(this, tr("New Chart"), refusal);
}

} // namespace Annals
