#pragma once

#include "dataset.h"

#include <QUndoCommand>

namespace Annals {

class ProjectDocument;

/// Replaces the figures (sources and series) with an imported extract; keyword counts stay.
class ImportFiguresCommand : public QUndoCommand
{
public:
    ImportFiguresCommand(ProjectDocument *document, const Dataset &imported,
                         const QString &fileName);

    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    Dataset m_before;
    Dataset m_after;
};

} // namespace Annals
