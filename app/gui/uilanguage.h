#pragma once

#include <QCoreApplication>
#include <QLocale>

namespace Annals {

/*!
 * The language of the user interface and of the commands' messages: the system's (the
 * locale's UI languages: LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or the one chosen in
 * View ▸ Language, which only the desktop application follows. Annals' own translations are
 * embedded (":/i18n"); Qt's own strings come from the system's Qt translations.
 */
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(Annals::UiLanguage)

public:
    enum class Choice { System, English, SimplifiedChinese };

    /// The choice saved in the settings (System when none was made).
    static Choice savedChoice();
    static void saveChoice(Choice choice);
    /// The locale whose translations \a choice loads.
    static QLocale locale(Choice choice);
    /*!
     * Loads Annals' and Qt's translations for \a locale into the running application (they
     * stay installed until it ends). Returns true when Annals' own were found, which an
     * English locale never needs.
     */
    static bool install(const QLocale &locale);
    /// The locale of the last install(); the system's before any.
    static QLocale installedLocale();
    /// True when \a locale reads Chinese (any script or territory: only zh_CN is translated).
    static bool isChinese(const QLocale &locale);
};

} // namespace Annals
