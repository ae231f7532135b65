#pragma once

#include <QFont>

namespace Annals {

/*!
 * \brief Fonts that render Chinese the same way on every machine: a CJK-capable family first
 * (WenQuanYi Micro Hei, Noto Sans CJK SC), then the platform's default.
 */
class UiFonts
{
public:
    /// The families to try, in order; only installed ones.
    static QStringList cjkFamilies();
    /// The application font with the CJK families put first, at \a pointSize (0 = default).
    static QFont font(qreal pointSize = 0);
    /// Makes font() the application font.
    static void applyToApplication();
};

} // namespace Annals
