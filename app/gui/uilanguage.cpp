#include "uilanguage.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <optional>

namespace Annals {

namespace {

const char settingsKey[] = "ui/language";

std::optional<QLocale> &installed()
{
    static std::optional<QLocale> locale;
    return locale;
}

} // namespace

UiLanguage::Choice UiLanguage::savedChoice()
{
    const QString saved = QSettings().value(QLatin1String(settingsKey)).toString();
    if (saved == QLatin1String("en"))
        return Choice::English;
    if (saved == QLatin1String("zh_CN"))
        return Choice::SimplifiedChinese;
    return Choice::System;
}

void UiLanguage::saveChoice(Choice choice)
{
    QSettings settings;
    switch (choice) {
    case Choice::System:
        settings.remove(QLatin1String(settingsKey));
        break;
    case Choice::English:
        settings.setValue(QLatin1String(settingsKey), QStringLiteral("en"));
        break;
    case Choice::SimplifiedChinese:
        settings.setValue(QLatin1String(settingsKey), QStringLiteral("zh_CN"));
        break;
    }
}

QLocale UiLanguage::locale(Choice choice)
{
    switch (choice) {
    case Choice::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::SimplifiedChinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    case Choice::System:
        break;
    }
    return QLocale::system();
}

bool UiLanguage::isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QLocale UiLanguage::installedLocale()
{
    return installed().value_or(QLocale::system());
}

bool UiLanguage::install(const QLocale &locale)
{
    if (!QCoreApplication::instance())
        return false;
    installed() = locale;
    // Children of the application: installed for as long as it runs.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("annals"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace Annals
