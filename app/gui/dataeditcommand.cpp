#include "dataeditcommand.h"

#include "menutext.h"
#include "projectdocument.h"

namespace Annals {

DataEditCommand::DataEditCommand(ProjectDocument *document, const QString &text,
                                 const Dataset &dataset, const QList<ReportTextRef> &texts)
    : QUndoCommand(MenuText::undoText(text)) // data in the text: "R&D" stays "R&D"
    , m_document(document)
    , m_datasetBefore(document->dataset())
    , m_datasetAfter(dataset)
    , m_textsBefore(document->project().texts)
    , m_textsAfter(texts)
{
}

void DataEditCommand::undo()
{
    m_document->applyData(m_datasetBefore, m_textsBefore);
}

void DataEditCommand::redo()
{
    m_document->applyData(m_datasetAfter, m_textsAfter);
}

} // namespace Annals
