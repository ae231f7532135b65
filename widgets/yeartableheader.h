#pragma once

#include <QHeaderView>
#include <QSet>
#include <QString>

namespace Annals {

/*!
 * The year table's column header: it measures only the columns the table shows.
 *
 * Qt sizes a header by the text of up to 200 of its sections whenever their number changes (a
 * new model, a reset, inserted columns), before the table hides the columns it does not show:
 * hundreds of keyword columns' names laid out at startup and at every project opened, their
 * glyphs loaded, for a height that only the shown columns decide.
 */
class YearTableHeader : public QHeaderView
{
public:
    explicit YearTableHeader(QWidget *parent = nullptr);

    /// The columns (YearTableRoles::ColumnId) the table shows; the others measure nothing.
    void setShownIds(const QSet<QString> &ids);
    bool shows(const QString &id) const { return m_shownIds.contains(id); }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QSet<QString> m_shownIds;
};

} // namespace Annals
