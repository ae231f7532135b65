#include "dataeditcommand.h"

#include "projectdocument.h"

namespace Annals {

DataEditCommand::DataEditCommand(ProjectDocument *document, const QString &text,
                                 const Dataset &dataset, const QList<ReportTextRef> &texts)
    : QUndoCommand(text)
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
