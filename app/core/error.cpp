#include "error.h"

#include "inputtext.h"

#include <QFileInfo>

namespace Annals {

QString Error::toString() const
{
    // A file name may hold control characters too; it is never cut (names have 255 bytes).
    QString where = file.isEmpty() ? QString()
                                   : InputText::echoed(QFileInfo(file).fileName(), 255);
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

Error Error::inFile(const QString &file, const QString &message, int line,
                    const QString &field)
{
    Error error;
    error.file = file;
    error.line = line;
    error.field = field;
    error.message = message;
    return error;
}

} // namespace Annals
