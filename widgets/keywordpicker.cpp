#include "keywordpicker.h"

#include <QLineEdit>
#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Annals {

namespace {

constexpr int termRole = Qt::UserRole + 1;
constexpr int swatchRole = Qt::UserRole + 2; ///< the colour the item's icon shows

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    if (color.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(color);
        painter.setPen(color.darker(130));
        painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    }
    return QIcon(pixmap);
}

} // namespace

KeywordPicker::KeywordPicker(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_add(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_addFiltered(new QPushButton(this))
    , m_items(new QStandardItemModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter->setPlaceholderText(tr("Filter keywords (中文 or English)"));
    // The clear button shows only with text; its icon costs startup a style icon lookup
    // (about 3 % of it), so it is turned on with the first character typed.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_filter->setClearButtonEnabled(true);
    });
    layout->addWidget(m_filter);
    layout->addWidget(m_addFiltered);
    layout->addWidget(m_list, 1);
    m_addFiltered->hide();
    connect(m_addFiltered, &QPushButton::clicked, this, [this] {
        const QString term = m_filter->text().trimmed();
        if (!term.isEmpty())
            Q_EMIT keywordAddRequested(term);
    });
    auto *addRow = new QHBoxLayout;
    m_add->setPlaceholderText(tr("Add: 量子 · technolog* · chips=芯片|集成电路"));
    m_add->setToolTip(tr("A Chinese keyword counts as a substring; an English one as whole "
                         "words (a trailing * matches word endings); NAME=A|B makes a group "
                         "counted once per position. Press Enter to count it in the loaded "
                         "report texts."));
    auto *addButton = new QPushButton(tr("Add"), this);
    addRow->addWidget(m_add, 1);
    addRow->addWidget(addButton);
    layout->addLayout(addRow);
    const auto requestAdd = [this] {
        const QString declaration = m_add->text().trimmed();
        if (!declaration.isEmpty())
            Q_EMIT keywordAddRequested(declaration);
    };
    connect(m_add, &QLineEdit::returnPressed, this, requestAdd);
    connect(addButton, &QPushButton::clicked, this, requestAdd);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListView::customContextMenuRequested, this,
            &KeywordPicker::showContextMenu);

    m_filtered->setSourceModel(m_items);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filtered);
    m_list->setUniformItemSizes(true);
    // Long glosses are elided at the dock's edge (the whole text is the item's tooltip)
    // rather than cut off behind a horizontal scroll bar.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setToolTip(tr("Tick keywords to chart them"));

    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &KeywordPicker::updateAddFiltered);
    connect(m_filtered, &QAbstractItemModel::rowsInserted, this,
            &KeywordPicker::updateAddFiltered);
    connect(m_filtered, &QAbstractItemModel::rowsRemoved, this,
            &KeywordPicker::updateAddFiltered);
    connect(m_filtered, &QAbstractItemModel::modelReset, this,
            &KeywordPicker::updateAddFiltered);
    connect(m_items, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (!m_updating)
            Q_EMIT keywordToggled(item->data(termRole).toString(),
                                  item->checkState() == Qt::Checked);
    });
}

void KeywordPicker::updateAddFiltered()
{
    // A filter that matches nothing is usually a keyword the vocabulary lacks: offer it.
    const QString term = m_filter->text().trimmed();
    const bool offer = !term.isEmpty() && m_filtered->rowCount() == 0;
    if (offer)
        m_addFiltered->setText(tr("Add %1 and count it").arg(term));
    m_addFiltered->setVisible(offer);
}

void KeywordPicker::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return;
    const QString term = index.data(termRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Change &Colour…"), this, [this, term] { Q_EMIT keywordColorRequested(term); });
    menu.addAction(tr("&Remove from Vocabulary"), this,
                   [this, term] { Q_EMIT keywordRemoveRequested(term); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void KeywordPicker::setVocabulary(const QList<KeywordTerm> &vocabulary)
{
    // The same vocabulary (a project reopened, a value edited) keeps its items: rebuilding
    // hundreds of them, and their swatches after, was a good part of opening a project.
    if (m_hasVocabulary && vocabulary == m_vocabulary)
        return;
    m_vocabulary = vocabulary;
    m_hasVocabulary = true;
    const QStringList shown = shownKeywords();
    m_updating = true;
    m_items->clear();
    for (const KeywordTerm &term : vocabulary) {
        QString text = term.term;
        if (!term.gloss.isEmpty())
            text += QStringLiteral(" — ") + term.gloss;
        auto *item = new QStandardItem(text);
        item->setData(term.term, termRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(shown.contains(term.term) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(term.isGroup()
                             ? text + QLatin1Char('\n')
                                   + tr("Group: %1").arg(term.members.join(QStringLiteral(" | ")))
                             : text);
        m_items->appendRow(item);
    }
    // Rows as wide as the list, not as their text: the delegate then elides long glosses
    // (the item's tooltip has the whole text) instead of the view scrolling sideways.
    int rowHeight = m_filtered->rowCount() > 0 ? m_list->sizeHintForRow(0) : 0;
    if (rowHeight <= 0) // everything filtered out: what the delegate would give one line
        rowHeight = std::max(fontMetrics().height(), 16) + 4;
    for (int row = 0; row < m_items->rowCount(); ++row)
        m_items->item(row)->setSizeHint(QSize(1, rowHeight));
    m_updating = false;
}

QStandardItem *KeywordPicker::itemFor(const QString &term) const
{
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (m_items->item(row)->data(termRole).toString() == term)
            return m_items->item(row);
    }
    return nullptr;
}

void KeywordPicker::setShownKeywords(const QStringList &terms,
                                     const QHash<QString, QColor> &colors)
{
    // Only what changes is set: every change is a signal through the filter to the view, and
    // opening a project set the same state on hundreds of keywords.
    const QSet<QString> shown(terms.cbegin(), terms.cend());
    m_updating = true;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        QStandardItem *item = m_items->item(row);
        const QString term = item->data(termRole).toString();
        const bool checked = shown.contains(term);
        const Qt::CheckState state = checked ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
        const QColor color = checked ? colors.value(term) : QColor();
        const QVariant drawn = item->data(swatchRole);
        if (!drawn.isValid() || drawn.value<QColor>() != color) {
            item->setIcon(swatch(color));
            item->setData(color, swatchRole);
        }
    }
    m_updating = false;
}

QStringList KeywordPicker::shownKeywords() const
{
    QStringList terms;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (m_items->item(row)->checkState() == Qt::Checked)
            terms.append(m_items->item(row)->data(termRole).toString());
    }
    return terms;
}

void KeywordPicker::toggle(const QString &term, bool shown)
{
    if (QStandardItem *item = itemFor(term))
        item->setCheckState(shown ? Qt::Checked : Qt::Unchecked);
}

} // namespace Annals
