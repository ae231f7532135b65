#include "viewstatecommand.h"

#include "menutext.h"
#include "projectdocument.h"

namespace Annals {

ViewStateCommand::ViewStateCommand(ProjectDocument *document, const QString &text,
                                   const ViewState &after, int mergeId)
    : QUndoCommand(MenuText::undoText(text)) // data in the text: "R&D" stays "R&D"
    , m_document(document)
    , m_before(document->viewState())
    , m_after(after)
    , m_mergeId(mergeId)
{
}

void ViewStateCommand::undo()
{
    m_document->applyViewState(m_before);
}

void ViewStateCommand::redo()
{
    m_document->applyViewState(m_after);
}

bool ViewStateCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ViewStateCommand *>(other);
    if (next->m_document != m_document)
        return false;
    m_after = next->m_after;
    setText(next->text() + QLatin1Char('\n') + next->actionText());
    // Back where it started (e.g. a spin box returned to its value): nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Annals
