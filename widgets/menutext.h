#pragma once

#include <QString>

namespace Annals {

/*!
 * \brief Data text (series names, file names, keywords) made safe for widgets that read "&"
 * as a shortcut marker: QAction and QMenu texts, buttons, labels with a buddy, and the
 * Undo/Redo menu items.
 */
class MenuText
{
public:
    /// \a text with every "&" doubled, so "R&D" shows as "R&D", not "RD" with D underlined.
    static QString escaped(const QString &text);
    /// The text of an undo command that holds data: unchanged for the history list, escaped
    /// for the Undo and Redo menu items (QUndoCommand's action text, after the "\n").
    static QString undoText(const QString &text);
};

} // namespace Annals
