#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Annals {

class ProjectDocument;

/// The Annotations dock: the project's event markers, with Add, Edit and Remove.
class AnnotationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationsPanel(ProjectDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void addForCurrentYear();
    void editSelected();
    void removeSelected();

private:
    void refresh();

    ProjectDocument *m_document;
    QListWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Annals
