#pragma once

#include "chartcatalog.h"

#include <QMenu>

namespace Annals {

class ProjectDocument;

/// View ▸ Series: a checkable entry for every series the charts can draw, and for the figures
/// the table and details can show.
class SeriesMenu : public QMenu
{
    Q_OBJECT

public:
    SeriesMenu(ProjectDocument *document, QWidget *parent = nullptr);

private:
    void rebuild();
    void syncChecks();
    QList<std::pair<QString, QList<PlotChoice>>> sections() const;

    ProjectDocument *m_document;
};

} // namespace Annals
