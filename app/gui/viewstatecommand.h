#pragma once

#include "viewstate.h"

#include <QUndoCommand>

namespace Annals {

class ProjectDocument;

/// Changes what is shown (series, keywords, years, modes): one class for every view edit.
class ViewStateCommand : public QUndoCommand
{
public:
    /// \a mergeId -1 never merges; commands with the same id merge (e.g. year range spinning).
    ViewStateCommand(ProjectDocument *document, const QString &text, const ViewState &after,
                     int mergeId = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    ViewState m_before;
    ViewState m_after;
    int m_mergeId;
};

} // namespace Annals
