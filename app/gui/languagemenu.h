#pragma once

#include "uilanguage.h"

#include <QMenu>

class QActionGroup;

namespace Annals {

/*!
 * View ▸ Language: English, 简体中文 or the system's language. The choice is saved and applies
 * from the next start (every window would have to be rebuilt to change it at once); the menu
 * says so when it is made.
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    /// The user chose \a choice (already saved).
    void languageChosen(Annals::UiLanguage::Choice choice);

private:
    void choose(UiLanguage::Choice choice);

    QActionGroup *m_group;
};

} // namespace Annals
