#pragma once

#include <QMenu>

namespace Annals {

class ProjectDocument;

/// View ▸ Chart Values: absolute values, an index or the % change, for each figure chart.
class ChartValuesMenu : public QMenu
{
    Q_OBJECT

public:
    ChartValuesMenu(ProjectDocument *document, QWidget *parent = nullptr);

private:
    void rebuild();

    ProjectDocument *m_document;
};

} // namespace Annals
