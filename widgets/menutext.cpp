#include "menutext.h"

namespace Annals {

QString MenuText::escaped(const QString &text)
{
    QString result = text;
    return result.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString MenuText::undoText(const QString &text)
{
    // QUndoCommand::setText() splits at the first "\n": the text, then the action text.
    const QString line = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line + QLatin1Char('\n') + escaped(line);
}

} // namespace Annals
