#include "newphrasespanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Annals {

namespace {

enum Column { PhraseColumn, CountColumn, YearsColumn, SentenceColumn, ColumnCount };

} // namespace

NewPhrasesPanel::NewPhrasesPanel(QWidget *parent)
    : QWidget(parent)
    , m_year(new QComboBox)
    , m_status(new QComboBox)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_progress(new QProgressBar)
    , m_message(new QLabel)
    , m_add(new QPushButton(tr("&Add as Keyword")))
    , m_show(new QPushButton(tr("Show in &Report")))
{
    m_year->setObjectName(QStringLiteral("newPhrasesYear"));
    m_status->addItem(tr("New in"), int(PhraseRow::Status::New));
    m_status->addItem(tr("Dropped in"), int(PhraseRow::Status::Dropped));
    auto *stopList = new QPushButton(tr("Stop-list…"));
    stopList->setToolTip(tr("Boilerplate that is never listed (greetings, plenary numbers)"));
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_status);
    choices->addWidget(m_year);
    choices->addStretch(1);
    choices->addWidget(stopList);

    m_table->setHorizontalHeaderLabels(
        {tr("Phrase"), tr("Count"), tr("Later reports"), tr("First sentence")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Double-click a phrase to see it in its report"));

    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_show);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(choices);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (year())
            Q_EMIT yearChosen(year());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &NewPhrasesPanel::statusChosen);
    connect(stopList, &QPushButton::clicked, this, &NewPhrasesPanel::stopListEditRequested);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const PhraseRow *row = currentRow())
            Q_EMIT addKeywordRequested(row->phrase);
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const PhraseRow *row = currentRow())
            Q_EMIT showInReportRequested(*row);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const PhraseRow *row = currentRow())
            Q_EMIT showInReportRequested(*row);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &NewPhrasesPanel::updateButtons);
    updateButtons();
}

void NewPhrasesPanel::setYears(const QList<int> &years)
{
    const int chosen = year();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    const int at = m_year->findData(chosen);
    m_year->setCurrentIndex(at >= 0 ? at : m_year->count() - 1);
}

bool NewPhrasesPanel::setYear(int year)
{
    const int at = m_year->findData(year);
    if (at < 0)
        return false;
    const QSignalBlocker blocker(m_year);
    m_year->setCurrentIndex(at);
    return true;
}

int NewPhrasesPanel::year() const
{
    return m_year->currentData().toInt();
}

PhraseRow::Status NewPhrasesPanel::status() const
{
    return PhraseRow::Status(m_status->currentData().toInt());
}

void NewPhrasesPanel::setRows(const QList<PhraseRow> &rows)
{
    m_rows = rows;
    const bool fresh = status() == PhraseRow::Status::New;
    m_table->horizontalHeaderItem(YearsColumn)
        ->setText(fresh ? tr("Later reports") : tr("Used in"));
    m_table->clearContents();
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const PhraseRow &row = rows.at(i);
        auto *phrase = new QTableWidgetItem(row.phrase);
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, row.count);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // "4: 2022–2025": how many, and from when to when (all of them in the tooltip).
        const qsizetype n = row.years.size();
        auto *years = new QTableWidgetItem(
            n == 0   ? QStringLiteral("0")
            : n == 1 ? QStringLiteral("1: %1").arg(row.years.first())
                     : QStringLiteral("%1: %2–%3")
                           .arg(n)
                           .arg(row.years.first())
                           .arg(row.years.last()));
        years->setToolTip(row.yearsText());
        auto *sentence = new QTableWidgetItem(row.firstSentence);
        sentence->setToolTip(row.firstSentence);
        m_table->setItem(i, PhraseColumn, phrase);
        m_table->setItem(i, CountColumn, count);
        m_table->setItem(i, YearsColumn, years);
        m_table->setItem(i, SentenceColumn, sentence);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(PhraseColumn, std::min(m_table->columnWidth(PhraseColumn), 160));
    if (!rows.isEmpty())
        m_table->setCurrentCell(0, 0);
    updateButtons();
}

const PhraseRow *NewPhrasesPanel::currentRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void NewPhrasesPanel::setProgress(int done, int total, const QString &message)
{
    m_progress->setVisible(total == 0 || done < total);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (!message.isNull())
        setMessage(message);
}

void NewPhrasesPanel::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void NewPhrasesPanel::updateButtons()
{
    const bool row = currentRow() != nullptr;
    m_add->setEnabled(row);
    m_show->setEnabled(row);
}

} // namespace Annals
