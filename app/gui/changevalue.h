#pragma once

#include "menutext.h"

#include <QUndoCommand>

#include <utility>

namespace Annals {

/*!
 * \brief The one undo command for plain value edits: it stores the value before and after and
 * applies either through \a Target's setter (after Tiled's ChangeValue).
 *
 * ProjectDocument uses it for the view state, the annotations and the data: each edit builds
 * the whole new value, and undo puts back the old one. Commands with the same id (not -1)
 * that change the same value of the same target merge into one step (e.g. a spinning year
 * range); one that returns to where it started leaves nothing to undo.
 */
template<typename Target, typename Value>
class ChangeValue : public QUndoCommand
{
public:
    using Setter = void (Target::*)(const Value &);

    ChangeValue(Target *target, Setter setter, const QString &text, Value before, Value after,
                int mergeId = -1)
        : QUndoCommand(MenuText::undoText(text)) // data in the text: "R&D" stays "R&D"
        , m_target(target)
        , m_setter(setter)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {
    }

    void undo() override { (m_target->*m_setter)(m_before); }
    void redo() override { (m_target->*m_setter)(m_after); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // Ids are unique per kind of edit, so another command with this id is of this type.
        const auto *next = static_cast<const ChangeValue *>(other);
        if (next->m_target != m_target || next->m_setter != m_setter)
            return false;
        m_after = next->m_after;
        setText(next->text() + QLatin1Char('\n') + next->actionText());
        setObsolete(m_after == m_before);
        return true;
    }

private:
    Target *m_target;
    Setter m_setter;
    Value m_before;
    Value m_after;
    int m_mergeId;
};

} // namespace Annals
