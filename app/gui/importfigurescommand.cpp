#include "importfigurescommand.h"

#include "projectdocument.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Annals {

ImportFiguresCommand::ImportFiguresCommand(ProjectDocument *document, const Dataset &imported,
                                           const QString &fileName)
    : QUndoCommand(QCoreApplication::translate("Annals::ImportFiguresCommand",
                                               "Import figures from %1")
                       .arg(QFileInfo(fileName).fileName()))
    , m_document(document)
    , m_before(document->dataset())
    , m_after(document->dataset())
{
    m_after.info = imported.info;
    m_after.sources = imported.sources;
    m_after.series = imported.series;
}

void ImportFiguresCommand::undo()
{
    m_document->applyDataset(m_before);
}

void ImportFiguresCommand::redo()
{
    m_document->applyDataset(m_after);
}

} // namespace Annals
