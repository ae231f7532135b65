#include "unit.h"

#include <QStringList>

namespace Annals {

std::optional<SeriesKind> kindOfUnit(const QString &unit)
{
    const QString text = unit.simplified().toLower();
    if (text.startsWith(QLatin1Char('%')) || text == QLatin1String("percent")
        || text.startsWith(QLatin1String("percent of ")))
        return SeriesKind::Percent;

    static const QStringList scales = {QString(), QStringLiteral("thousand"),
                                       QStringLiteral("million"), QStringLiteral("billion"),
                                       QStringLiteral("trillion"),
                                       QStringLiteral("hundred million"),
                                       QStringLiteral("ten thousand")};
    static const QStringList currencies = {
        QStringLiteral("yuan"), QStringLiteral("rmb"),   QStringLiteral("cny"),
        QStringLiteral("usd"),  QStringLiteral("us$"),   QStringLiteral("us dollars"),
        QStringLiteral("eur"),  QStringLiteral("euro"),  QStringLiteral("jpy"),
        QStringLiteral("yen"),  QStringLiteral("gbp"),   QStringLiteral("inr"),
        QStringLiteral("krw"),  QStringLiteral("won"),   QStringLiteral("twd"),
        QStringLiteral("hkd"),  QStringLiteral("ppp usd")};
    static const QStringList counted = {QStringLiteral("count"), QStringLiteral("persons"),
                                        QStringLiteral("people"), QStringLiteral("projects"),
                                        QStringLiteral("patents"), QStringLiteral("papers")};
    for (const QString &scale : scales) {
        const QString prefix = scale.isEmpty() ? QString() : scale + QLatin1Char(' ');
        if (!text.startsWith(prefix))
            continue;
        const QString rest = text.mid(prefix.size());
        if (currencies.contains(rest))
            return SeriesKind::Amount;
        if (counted.contains(rest))
            return SeriesKind::Count;
    }
    return std::nullopt;
}

} // namespace Annals
