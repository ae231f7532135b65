#include "languagemenu.h"

#include <QActionGroup>
#include <QMessageBox>

namespace Annals {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const UiLanguage::Choice saved = UiLanguage::savedChoice();
    // Each language in its own name, so that it can be found whatever the current one.
    const std::pair<UiLanguage::Choice, QString> entries[] = {
        {UiLanguage::Choice::System, tr("&System Language")},
        {UiLanguage::Choice::English, QStringLiteral("English")},
        {UiLanguage::Choice::SimplifiedChinese, QStringLiteral("简体中文")},
    };
    for (const auto &[choice, text] : entries) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == saved);
        action->setData(int(choice));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] { choose(choice); });
    }
}

void LanguageMenu::choose(UiLanguage::Choice choice)
{
    if (choice == UiLanguage::savedChoice())
        return;
    UiLanguage::saveChoice(choice);
    Q_EMIT languageChosen(choice);
    // Said in the chosen language too: whoever picked it may not read the current one.
    const QLocale chosen = UiLanguage::locale(choice);
    QString text = tr("Annals will use the new language the next time it starts.");
    if (UiLanguage::isChinese(chosen) != UiLanguage::isChinese(UiLanguage::installedLocale()))
        text += QStringLiteral("\n")
                + (UiLanguage::isChinese(chosen)
                       ? QStringLiteral("Annals 将在下次启动时使用新的语言。")
                       : QStringLiteral("Annals will use the new language the next time it "
                                        "starts."));
    QMessageBox::information(parentWidget(), tr("Language"), text);
}

} // namespace Annals
