#pragma once

#include "dataset.h"
#include "reporttextref.h"

#include <QList>
#include <QUndoCommand>

namespace Annals {

class ProjectDocument;

/// Any change of the data (figures, vocabulary, counts, report texts): stores before and after.
class DataEditCommand : public QUndoCommand
{
public:
    DataEditCommand(ProjectDocument *document, const QString &text, const Dataset &dataset,
                    const QList<ReportTextRef> &texts);

    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    Dataset m_datasetBefore;
    Dataset m_datasetAfter;
    QList<ReportTextRef> m_textsBefore;
    QList<ReportTextRef> m_textsAfter;
};

} // namespace Annals
