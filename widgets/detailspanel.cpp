#include "detailspanel.h"

#include "yearselection.h"
#include "yeartableroles.h"

#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Annals {

namespace {

QString escaped(const QVariant &value)
{
    return value.toString().toHtmlEscaped();
}

QString sourceLink(const QString &title, const QString &url)
{
    if (url.isEmpty())
        return title.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toHtmlEscaped(), (title.isEmpty() ? url : title).toHtmlEscaped());
}

// "10" -> "10%", ">13" -> ">13%", "negative" stays a word.
QString growthText(const QString &growth)
{
    const bool numeric = !growth.isEmpty() && growth.back().isDigit();
    return numeric ? growth + QLatin1Char('%') : growth;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString flagsHtml(const QStringList &flags, const QPalette &palette)
{
    // Caveats in a warm colour that reads on the panel's background, light or dark.
    const QString color = isDark(palette) ? QStringLiteral("#f0a050") : QStringLiteral("#9a4a00");
    QString html;
    for (const QString &flag : flags) {
        html += QStringLiteral("<div style='color:%1'>⚠ %2</div>")
                    .arg(color, flag.toHtmlEscaped());
    }
    return html;
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_browser, 1);
    m_browser->setOpenLinks(false);
    m_browser->viewport()->installEventFilter(this);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("annals"))
            Q_EMIT internalLinkActivated(url);
        else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url); // sources come from files: never file: or others
    });
    refresh();
}

bool DetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A double-click on a keyword-in-context line opens it, like a click on its link.
    if (watched == m_browser->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QString anchor = m_browser->anchorAt(mouse->position().toPoint());
        if (!anchor.isEmpty()) {
            Q_EMIT internalLinkActivated(QUrl(anchor));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DetailsPanel::setModel(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    m_model = model;
    m_selection = selection;
    connect(selection, &QItemSelectionModel::currentChanged, this, &DetailsPanel::refresh);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &DetailsPanel::refresh);
    const auto structureChanged = [this] {
        forgetColumns();
        refresh();
    };
    connect(model, &QAbstractItemModel::modelReset, this, structureChanged);
    connect(model, &QAbstractItemModel::columnsInserted, this, structureChanged);
    connect(model, &QAbstractItemModel::columnsRemoved, this, structureChanged);
    connect(model, &QAbstractItemModel::columnsMoved, this, structureChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, structureChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, structureChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, structureChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this, structureChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        forgetValues();
        refresh();
    });
    forgetColumns();
    refresh();
}

void DetailsPanel::setColumns(const QStringList &columnIds)
{
    if (columnIds == m_columns)
        return;
    m_columns = columnIds;
    forgetValues();
    refresh();
}

void DetailsPanel::forgetColumns()
{
    m_columnOf.clear();
    forgetValues();
}

void DetailsPanel::forgetValues()
{
    m_yearHtml.clear();
}

int DetailsPanel::columnOf(const QString &id) const
{
    if (m_columnOf.isEmpty() && m_model) {
        for (int column = m_model->columnCount() - 1; column >= 0; --column) {
            m_columnOf.insert(
                m_model->headerData(column, Qt::Horizontal, YearTableRoles::ColumnId).toString(),
                column);
        }
    }
    return m_columnOf.value(id, -1);
}

QString DetailsPanel::yearHtml(int row) const
{
    if (const auto it = m_yearHtml.constFind(row); it != m_yearHtml.cend())
        return *it;
    QString html;
    for (const QString &id : std::as_const(m_columns)) {
        if (const int column = columnOf(id); column >= 0)
            html += columnHtml(row, column);
    }
    m_yearHtml.insert(row, html);
    return html;
}

void DetailsPanel::setBrowserHtml(const QString &html) const
{
    m_pendingHtml = html;
    m_pending = true;
    // Laid out when shown: a hidden panel (another tab of its dock) costs nothing.
    if (isVisible())
        showPendingHtml();
}

void DetailsPanel::showPendingHtml() const
{
    if (!m_pending)
        return;
    m_pending = false;
    if (m_pendingHtml == m_shownHtml && m_year == m_shownYear)
        return;
    // The same year keeps its place in the text; another year starts at the top.
    const int scroll = m_year == m_shownYear ? m_browser->verticalScrollBar()->value() : 0;
    m_shownHtml = m_pendingHtml;
    m_shownYear = m_year;
    m_browser->setHtml(m_pendingHtml);
    m_browser->verticalScrollBar()->setValue(scroll);
}

void DetailsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showPendingHtml();
}

void DetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        forgetValues(); // caveat colours follow the palette
        refresh();
    }
}

QTextBrowser *DetailsPanel::browser() const
{
    showPendingHtml();
    return m_browser;
}

void DetailsPanel::setAppendix(const QString &html)
{
    m_appendix = html;
    refresh();
}

QString DetailsPanel::plainText() const
{
    showPendingHtml();
    return m_heading->text() + QLatin1Char('\n') + m_browser->toPlainText();
}

QString DetailsPanel::columnHtml(int row, int column) const
{
    const QModelIndex index = m_model->index(row, column);
    const QString name = m_model->headerData(column, Qt::Horizontal)
                             .toString()
                             .replace(QLatin1Char('\n'), QStringLiteral(" · "));
    const QString text = index.data(Qt::DisplayRole).toString();
    const QVariantList alternatives = index.data(YearTableRoles::Alternatives).toList();
    if (text.isEmpty() && alternatives.isEmpty())
        return {};

    QString html = QStringLiteral("<p style='margin-top:8px'><b>%1</b><br>").arg(name.toHtmlEscaped());
    if (!text.isEmpty()) {
        html += QStringLiteral("<span style='font-size:large'><b>%1</b></span> %2")
                    .arg(text.toHtmlEscaped(), escaped(index.data(YearTableRoles::Unit)));
        const QString vintage = index.data(YearTableRoles::Vintage).toString();
        if (!vintage.isEmpty())
            html += QStringLiteral(" — %1").arg(vintage.toHtmlEscaped());
        const QString growth = index.data(YearTableRoles::ReportedGrowth).toString();
        if (!growth.isEmpty())
            html += tr("; growth as reported: %1").arg(growthText(growth).toHtmlEscaped());
        const QString source = index.data(YearTableRoles::SourceTitle).toString();
        if (!source.isEmpty()) {
            html += QStringLiteral("<br>") + tr("Source: %1")
                        .arg(sourceLink(source, index.data(YearTableRoles::SourceUrl).toString()));
        }
        const QVariant first = m_model->headerData(column, Qt::Horizontal,
                                                   YearTableRoles::FirstSeen);
        const QVariant last = m_model->headerData(column, Qt::Horizontal,
                                                  YearTableRoles::LastSeen);
        if (first.isValid() && last.isValid())
            html += QStringLiteral("<br>") + tr("First seen %1, last seen %2.")
                                                 .arg(first.toInt())
                                                 .arg(last.toInt());
        const QString note = index.data(YearTableRoles::Note).toString();
        if (!note.isEmpty())
            html += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
        html += flagsHtml(index.data(YearTableRoles::FlagTexts).toStringList(), palette());
    } else {
        html += tr("Not charted for this year.");
    }
    for (const QVariant &entry : alternatives) {
        const QVariantMap other = entry.toMap();
        const QString value = other.value(QStringLiteral("text")).toString();
        html += QStringLiteral("<div style='margin-left:12px; color:%1'>")
                    .arg(palette().color(QPalette::PlaceholderText).name())
                + tr("Also reported: %1 (%2)")
                      .arg(value.isEmpty() ? tr("no amount") : value.toHtmlEscaped(),
                           other.value(QStringLiteral("vintage")).toString().toHtmlEscaped());
        const QString growth = other.value(QStringLiteral("reportedGrowth")).toString();
        if (!growth.isEmpty())
            html += tr(", growth %1").arg(growthText(growth).toHtmlEscaped());
        html += QStringLiteral(" — ")
                + sourceLink(other.value(QStringLiteral("sourceTitle")).toString(),
                             other.value(QStringLiteral("sourceUrl")).toString());
        const QString note = other.value(QStringLiteral("note")).toString();
        if (!note.isEmpty())
            html += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
        html += flagsHtml(other.value(QStringLiteral("flagTexts")).toStringList(), palette());
        html += QStringLiteral("</div>");
    }
    return html + QStringLiteral("</p>");
}

QString DetailsPanel::rangeColumnHtml(const QList<int> &rows, int column) const
{
    struct Point
    {
        int year = 0;
        double value = 0;
        QString text;
    };
    QList<Point> points;
    for (int row : rows) {
        const QModelIndex index = m_model->index(row, column);
        const QVariant value = index.data(YearTableRoles::Value);
        if (value.isValid())
            points.append({YearSelection::yearOfRow(m_model, row), value.toDouble(),
                           index.data(Qt::DisplayRole).toString()});
    }
    const QString name = m_model->headerData(column, Qt::Horizontal)
                             .toString()
                             .replace(QLatin1Char('\n'), QStringLiteral(" · "));
    QString html = QStringLiteral("<p style='margin-top:4px'><b>%1</b><br>")
                       .arg(name.toHtmlEscaped());
    if (points.isEmpty())
        return html + tr("No figures in the range.") + QStringLiteral("</p>");
    const Point &first = points.first();
    const Point &last = points.last();
    const QString unit = m_model->index(rows.first(), column).data(YearTableRoles::Unit)
                             .toString();
    if (points.size() == 1) {
        return html + tr("Only %1: %2 %3").arg(first.year).arg(first.text.toHtmlEscaped(),
                                                              unit.toHtmlEscaped())
               + QStringLiteral("</p>");
    }
    // No change across a series break: the two figures measure different things.
    QStringList breaks;
    for (const QVariant &year :
         m_model->headerData(column, Qt::Horizontal, YearTableRoles::SeriesBreaks).toList()) {
        if (year.toInt() > first.year && year.toInt() <= last.year)
            breaks.append(year.toString());
    }
    if (!breaks.isEmpty()) {
        return html
               + tr("%1: %2 → %3: %4 %5; series break in %6: no change computed across it")
                     .arg(first.year)
                     .arg(first.text.toHtmlEscaped())
                     .arg(last.year)
                     .arg(last.text.toHtmlEscaped(), unit.toHtmlEscaped(),
                          breaks.join(QStringLiteral(", ")))
               + QStringLiteral("</p>");
    }
    // The change at the precision the values are shown with.
    const auto decimals = [](const QString &text) {
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        return dot < 0 ? 0 : int(text.size() - dot - 1);
    };
    const int precision = std::max(decimals(first.text), decimals(last.text));
    const double change = last.value - first.value;
    QString changeText = (change > 0 ? QStringLiteral("+") : QString())
                         + QString::number(change, 'f', precision);
    // Shares and rates change by points; a percentage of a percentage would mislead.
    if (unit.startsWith(QLatin1Char('%'))) {
        changeText = tr("%1 points").arg(changeText);
    } else if (first.value != 0) {
        const double percent = change / std::abs(first.value) * 100;
        changeText += QStringLiteral(" (%1%2%)")
                          .arg(percent > 0 ? QStringLiteral("+") : QString())
                          .arg(QString::number(percent, 'f', 1));
    }
    html += tr("%1: %2 → %3: %4 %5; change %6")
                .arg(first.year)
                .arg(first.text.toHtmlEscaped())
                .arg(last.year)
                .arg(last.text.toHtmlEscaped(), unit.toHtmlEscaped(), changeText);
    if (points.size() < rows.size())
        html += QStringLiteral("<br>")
                + tr("%n of the selected years have a figure.", nullptr, int(points.size()));
    return html + QStringLiteral("</p>");
}

QString DetailsPanel::rangeHtml(const QList<int> &rows) const
{
    const int first = YearSelection::yearOfRow(m_model, rows.first());
    const int last = YearSelection::yearOfRow(m_model, rows.last());
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("Over %1–%2 (%n years)", nullptr, int(rows.size()))
                                .arg(first)
                                .arg(last)
                                .toHtmlEscaped());
    for (const QString &id : std::as_const(m_columns)) {
        if (const int column = columnOf(id); column >= 0)
            html += rangeColumnHtml(rows, column);
    }
    return html + QStringLiteral("<h3>%1</h3>").arg(m_year);
}

void DetailsPanel::refresh()
{
    const int previousYear = m_year;
    m_year = 0;
    if (!m_model || !m_selection || !m_selection->currentIndex().isValid()) {
        m_heading->setText(tr("No year selected"));
        if (previousYear != 0)
            Q_EMIT yearChanged(0); // may set the appendix (and refresh) first
        setBrowserHtml(tr("<p>Click a bar or a point in any chart, or a row of the table, "
                          "to see the figures of that year with their sources.</p>")
                       + m_appendix);
        return;
    }
    const int row = m_selection->currentIndex().row();
    m_year = YearSelection::yearOfRow(m_model, row);
    const QList<int> rows = YearSelection::selectedRows(m_selection);
    if (rows.size() > 1) {
        m_heading->setText(QStringLiteral("%1–%2")
                               .arg(YearSelection::yearOfRow(m_model, rows.first()))
                               .arg(YearSelection::yearOfRow(m_model, rows.last())));
    } else {
        m_heading->setText(QString::number(m_year));
    }
    // Before the text is set: the application answers with the year's appendix, and that
    // refresh lays the text out once, with it.
    if (m_year != previousYear)
        Q_EMIT yearChanged(m_year);

    QString html = yearHtml(row);
    if (html.isEmpty())
        html = tr("<p>No figures for %1 in the series shown.</p>").arg(m_year);
    // A brushed range: first and last figure of each series over it, then the current year.
    if (rows.size() > 1)
        html.prepend(rangeHtml(rows));
    setBrowserHtml(html + m_appendix);
}

} // namespace Annals
