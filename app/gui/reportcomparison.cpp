#include "reportcomparison.h"

#include "comparisonmodel.h"
#include "htmlitemdelegate.h"
#include "keyworddeclaration.h"
#include "keywordmatcher.h"
#include "projectdocument.h"
#include "reportdiff.h"
#include "textlibrary.h"
#include "uifonts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace Annals {

ReportComparison::ReportComparison(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_oldReport(new QComboBox)
    , m_newReport(new QComboBox)
    , m_filter(new QComboBox)
    , m_numbers(new QLabel)
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_model(new ComparisonModel(this))
    , m_heights(new QTimer(this))
{
    setWindowTitle(tr("Compare Reports — Annals"));
    m_filter->setEditable(true);
    m_filter->setInsertPolicy(QComboBox::NoInsert);
    m_filter->setMinimumContentsLength(14);
    m_filter->lineEdit()->setPlaceholderText(tr("keyword, group or phrase"));
    m_filter->lineEdit()->setClearButtonEnabled(true);
    m_oldReport->setObjectName(QStringLiteral("oldReport"));
    m_newReport->setObjectName(QStringLiteral("newReport"));
    m_filter->setObjectName(QStringLiteral("comparisonFilter"));

    auto *choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Compare")));
    choices->addWidget(m_oldReport);
    choices->addWidget(new QLabel(tr("with")));
    choices->addWidget(m_newReport);
    choices->addSpacing(16);
    choices->addWidget(new QLabel(tr("Only sentences with")));
    choices->addWidget(m_filter, 1);

    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setWordWrap(true);
    m_numbers->setObjectName(QStringLiteral("numbersSummary"));
    m_summary->setTextFormat(Qt::RichText);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new HtmlItemDelegate(ComparisonModel::HtmlRole, m_table));
    m_table->setWordWrap(true);
    m_table->setFont(UiFonts::font(11));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setShowGrid(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_numbers);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    // Row heights follow the column width; recomputed once the resizing settles.
    m_heights->setSingleShot(true);
    m_heights->setInterval(60);
    connect(m_heights, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_heights,
            qOverload<>(&QTimer::start));

    connect(m_oldReport, &QComboBox::currentIndexChanged, this, &ReportComparison::compareChosen);
    connect(m_newReport, &QComboBox::currentIndexChanged, this, [this] {
        compareChosen();
        if (const int year = m_newReport->currentData().toInt())
            m_document->selectYear(year);
    });
    connect(m_filter, &QComboBox::currentTextChanged, this, &ReportComparison::applyFilter);
    connect(document, &ProjectDocument::datasetChanged, this,
            &ReportComparison::updateReportChoices);
    updateReportChoices();
    resize(1100, 720);
}

const ReportTextRef *ReportComparison::refForYear(int year) const
{
    for (const ReportTextRef &ref : m_document->project().texts) {
        if (ref.year == year)
            return &ref;
    }
    return nullptr;
}

void ReportComparison::updateReportChoices()
{
    QList<int> years;
    for (const ReportTextRef &ref : m_document->project().texts) {
        if (!years.contains(ref.year))
            years.append(ref.year);
    }
    std::sort(years.begin(), years.end());
    const int oldYear = m_oldReport->currentData().toInt();
    const int newYear = m_newReport->currentData().toInt();
    {
        const QSignalBlocker oldBlocker(m_oldReport);
        const QSignalBlocker newBlocker(m_newReport);
        m_oldReport->clear();
        m_newReport->clear();
        for (int year : years) {
            m_oldReport->addItem(QString::number(year), year);
            m_newReport->addItem(QString::number(year), year);
        }
    }
    {
        const QSignalBlocker blocker(m_filter);
        const QString text = m_filter->currentText();
        m_filter->clear();
        m_filter->addItem(QString());
        for (const KeywordTerm &term : m_document->dataset().keywords.vocabulary)
            m_filter->addItem(term.term);
        m_filter->setCurrentText(text);
    }
    if (years.size() < 2)
        return;
    if (newYear && oldYear) {
        compareYears(oldYear, newYear);
        return;
    }
    // Default: the selected year and the report before it.
    qsizetype at = years.indexOf(m_document->currentYear());
    if (at <= 0)
        at = years.size() - 1;
    compareYears(years.at(at - 1), years.at(at));
}

void ReportComparison::compareYears(int oldYear, int newYear)
{
    {
        const QSignalBlocker oldBlocker(m_oldReport);
        const QSignalBlocker newBlocker(m_newReport);
        m_oldReport->setCurrentIndex(m_oldReport->findData(oldYear));
        m_newReport->setCurrentIndex(m_newReport->findData(newYear));
    }
    compareChosen();
}

void ReportComparison::compareChosen()
{
    const ReportTextRef *before = refForYear(m_oldReport->currentData().toInt());
    const ReportTextRef *after = refForYear(m_newReport->currentData().toInt());
    if (!before || !after) {
        m_model->setRows({});
        updateNumbers();
        return;
    }
    const Result<QString> oldText = TextLibrary::load(*before);
    const Result<QString> newText = TextLibrary::load(*after);
    if (!oldText || !newText) {
        m_model->setRows({});
        m_summary->setText(
            tr("<b>Cannot read:</b> %1")
                .arg((oldText ? newText.error() : oldText.error()).toString().toHtmlEscaped()));
        return;
    }
    m_model->setHeaders(tr("%1 (%2)").arg(before->fileName).arg(before->year),
                        tr("%1 (%2)").arg(after->fileName).arg(after->year));
    m_model->setRows(ReportDiff::compare(oldText.value(), newText.value()));
    applyFilter();
    updateNumbers();
}

bool ReportComparison::isRowShown(int row) const
{
    return !m_table->isRowHidden(row);
}

void ReportComparison::setFilter(const QString &filter)
{
    m_filter->setCurrentText(filter);
    applyFilter();
}

void ReportComparison::applyFilter()
{
    const QString text = m_filter->currentText().trimmed();
    std::optional<KeywordMatcher> matcher;
    if (!text.isEmpty()) {
        // A keyword or group of the project by name, else the text as a keyword.
        QList<KeywordTerm> terms;
        for (const KeywordTerm &term : m_document->dataset().keywords.vocabulary) {
            if (term.term == text)
                terms.append(term);
        }
        if (terms.isEmpty()) {
            if (Result<KeywordTerm> term = KeywordDeclaration::parse(text))
                terms.append(term.value());
        }
        if (Result<KeywordMatcher> created = KeywordMatcher::create(terms))
            matcher = created.value();
    }
    int counts[4] = {0, 0, 0, 0};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AlignedSentence &sentence = m_model->row(row);
        const bool shown = !matcher || ReportDiff::mentions(sentence, *matcher);
        m_table->setRowHidden(row, !shown);
        if (shown)
            ++counts[int(sentence.status)];
    }
    using Status = AlignedSentence::Status;
    const auto swatch = [](Status status) {
        return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;</span> ")
            .arg(ComparisonModel::statusColor(status).name());
    };
    m_summary->setText(tr("%1 same · %2%3 added · %4%5 removed · %6%7 reworded")
                           .arg(counts[int(Status::Same)])
                           .arg(swatch(Status::Added))
                           .arg(counts[int(Status::Added)])
                           .arg(swatch(Status::Removed))
                           .arg(counts[int(Status::Removed)])
                           .arg(swatch(Status::Reworded))
                           .arg(counts[int(Status::Reworded)]));
    m_heights->start();
}

void ReportComparison::updateNumbers()
{
    QStringList pairs;
    for (const AlignedSentence &row : m_model->rows()) {
        if (row.status != AlignedSentence::Status::Reworded || row.oldNumbers == row.newNumbers)
            continue;
        // A side without numbers shows a dash, so "→ 75" does not read as a typo.
        const auto side = [](const QStringList &numbers) {
            return numbers.isEmpty() ? QStringLiteral("—")
                                     : numbers.join(QStringLiteral(", ")).toHtmlEscaped();
        };
        pairs.append(QStringLiteral("%1&nbsp;→&nbsp;<b>%2</b>")
                         .arg(side(row.oldNumbers), side(row.newNumbers)));
    }
    m_numbers->setText(pairs.isEmpty()
                           ? tr("No numbers changed in reworded sentences.")
                           : tr("<b>Numbers in reworded sentences:</b> %1")
                                 .arg(pairs.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    m_numbers->setToolTip(tr("Old → new, for each reworded sentence whose numbers changed"));
}

} // namespace Annals
