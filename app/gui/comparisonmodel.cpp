#include "comparisonmodel.h"

namespace Annals {

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ComparisonModel::setRows(const QList<AlignedSentence> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ComparisonModel::setHeaders(const QString &oldName, const QString &newName)
{
    m_headers[0] = oldName;
    m_headers[1] = newName;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 1);
}

QColor ComparisonModel::statusColor(AlignedSentence::Status status)
{
    switch (status) {
    case AlignedSentence::Status::Same:
        return QColor();
    case AlignedSentence::Status::Added:
        return QColor(0xe3, 0xf4, 0xe1);
    case AlignedSentence::Status::Removed:
        return QColor(0xfb, 0xe3, 0xe1);
    case AlignedSentence::Status::Reworded:
        return QColor(0xfd, 0xf3, 0xd6);
    }
    return QColor();
}

QColor ComparisonModel::changeColor(bool removed)
{
    return removed ? QColor(0xf2, 0xa5, 0x9e) : QColor(0x9f, 0xd8, 0x98);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QString ComparisonModel::html(const AlignedSentence &row, bool newSide) const
{
    const QString &text = newSide ? row.newText : row.oldText;
    const QList<TextDiff::Span> &spans = newSide ? row.added : row.removed;
    const QString color = changeColor(!newSide).name();
    QString result;
    qsizetype at = 0;
    for (const TextDiff::Span &span : spans) {
        result += text.mid(at, span.start - at).toHtmlEscaped();
        result += QStringLiteral("<span style=\"background-color:%1;%2\">%3</span>")
                      .arg(color,
                           newSide ? QString() : QStringLiteral("text-decoration:line-through;"),
                           text.mid(span.start, span.length).toHtmlEscaped());
        at = span.start + span.length;
    }
    return result + text.mid(at).toHtmlEscaped();
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlignedSentence &row = m_rows.at(index.row());
    const bool newSide = index.column() == 1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return newSide ? row.newText : row.oldText;
    case HtmlRole:
        return html(row, newSide);
    case StatusRole:
        return int(row.status);
    case Qt::BackgroundRole: {
        // The side that has no sentence stays blank.
        const bool empty = newSide ? row.newIndex < 0 : row.oldIndex < 0;
        const QColor color = statusColor(row.status);
        if (empty || !color.isValid())
            return {};
        return color;
    }
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < 2 ? m_headers[section] : QVariant();
    return section + 1;
}

} // namespace Annals
