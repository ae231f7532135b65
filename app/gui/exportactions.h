#pragma once

#include "chartexporter.h"

#include <QObject>

class QAction;
class QWidget;

namespace Annals {

class ProjectDocument;

/// File ▸ Export… and Copy Dashboard Image: the export dialog, the file dialog, the result.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(ProjectDocument *document, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *copyAction() const { return m_copy; }

    void exportInteractively();
    void copyDashboard();
    /// Puts one chart on the clipboard as an image (twice the screen's resolution).
    /// \a chart: Target::Chart's place in the dashboard.
    void copyChart(ExportRequest::Target target, int chart = -1);

private:
    ProjectDocument *m_document;
    QWidget *m_window;
    QAction *m_export = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace Annals
