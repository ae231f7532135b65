#pragma once

#include "annotation.h"

#include <QList>
#include <QUndoCommand>

namespace Annals {

class ProjectDocument;

/// Adds, edits or removes annotations: stores the list before and after.
class AnnotationsCommand : public QUndoCommand
{
public:
    AnnotationsCommand(ProjectDocument *document, const QString &text,
                       const QList<Annotation> &after);

    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    QList<Annotation> m_before;
    QList<Annotation> m_after;
};

} // namespace Annals
