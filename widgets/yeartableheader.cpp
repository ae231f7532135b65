#include "yeartableheader.h"

#include "yeartableroles.h"

namespace Annals {

YearTableHeader::YearTableHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    // As QTableView sets up its own header.
    setSectionsClickable(true);
    setHighlightSections(true);
}

void YearTableHeader::setShownIds(const QSet<QString> &ids)
{
    m_shownIds = ids;
}

QSize YearTableHeader::sectionSizeFromContents(int logicalIndex) const
{
    const QString id = model()->headerData(logicalIndex, orientation(), YearTableRoles::ColumnId)
                           .toString();
    if (!shows(id))
        return QSize(0, 0); // about to be hidden
    return QHeaderView::sectionSizeFromContents(logicalIndex);
}

} // namespace Annals
