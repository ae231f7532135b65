#include "annotationscommand.h"

#include "menutext.h"
#include "projectdocument.h"

namespace Annals {

AnnotationsCommand::AnnotationsCommand(ProjectDocument *document, const QString &text,
                                       const QList<Annotation> &after)
    : QUndoCommand(MenuText::undoText(text)) // data in the text: "R&D" stays "R&D"
    , m_document(document)
    , m_before(document->project().annotations)
    , m_after(after)
{
}

void AnnotationsCommand::undo()
{
    m_document->applyAnnotations(m_before);
}

void AnnotationsCommand::redo()
{
    m_document->applyAnnotations(m_after);
}

} // namespace Annals
