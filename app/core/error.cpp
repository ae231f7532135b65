#include "error.h"

#include <QFileInfo>

namespace Annals {

QString Error::toString() const
{
    QString where = file.isEmpty() ? QString() : QFileInfo(file).fileName();
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (line > 0 && column > 0)
        where += QLatin1Char(':') + QString::number(column);
    QString text;
    if (!where.isEmpty())
        text = where + QLatin1String(": ");
    if (!field.isEmpty())
        text += field + QLatin1String(": ");
    return text + message;
}

} // namespace Annals
