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

Error Error::plain(const QString &message)
{
    return atCell(QString(), 0, QString(), message);
}

Error Error::inFile(const QString &file, const QString &message)
{
    return atCell(file, 0, QString(), message);
}

Error Error::atLine(const QString &file, int line, const QString &message)
{
    return atCell(file, line, QString(), message);
}

Error Error::atColumn(const QString &file, int line, int column, const QString &message)
{
    Error error = atCell(file, line, QString(), message);
    error.column = column;
    return error;
}

Error Error::atField(const QString &file, const QString &field, const QString &message)
{
    return atCell(file, 0, field, message);
}

Error Error::atCell(const QString &file, int line, const QString &field, const QString &message)
{
    Error error;
    error.file = file;
    error.line = line;
    error.field = field;
    error.message = message;
    return error;
}

} // namespace Annals
