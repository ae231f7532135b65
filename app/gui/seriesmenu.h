#pragma once

#include <QMenu>

namespace Annals {

class ProjectDocument;

/// View ▸ Series: a checkable entry for every series the spending and R&D charts can draw.
class SeriesMenu : public QMenu
{
    Q_OBJECT

public:
    SeriesMenu(ProjectDocument *document, QWidget *parent = nullptr);

private:
    void rebuild();
    void syncChecks();

    ProjectDocument *m_document;
};

} // namespace Annals
