#include "uifonts.h"

#include <QApplication>
#include <QFontDatabase>

namespace Annals {

QStringList UiFonts::cjkFamilies()
{
    const QStringList preferred = {QStringLiteral("WenQuanYi Micro Hei"),
                                   QStringLiteral("Noto Sans CJK SC"),
                                   QStringLiteral("Source Han Sans SC"),
                                   QStringLiteral("Microsoft YaHei"),
                                   QStringLiteral("PingFang SC")};
    const QStringList installed = QFontDatabase::families();
    QStringList result;
    for (const QString &family : preferred) {
        if (installed.contains(family))
            result.append(family);
    }
    return result;
}

QFont UiFonts::font(qreal pointSize)
{
    QFont font = QApplication::font();
    QStringList families = cjkFamilies();
    for (const QString &family : font.families()) {
        if (!families.contains(family))
            families.append(family);
    }
    font.setFamilies(families);
    if (pointSize > 0)
        font.setPointSizeF(pointSize);
    return font;
}

void UiFonts::applyToApplication()
{
    QApplication::setFont(font());
}

} // namespace Annals
