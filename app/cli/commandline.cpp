#include "commandline.h"

#include "datacommand.h"

#include <QCoreApplication>

#include <iterator>

namespace Annals::Cli {

namespace {

const Command commands[] = {
    {"data", "annals data [--csv FILE | --extract FILE] [--figures-only | --keywords-only]",
     false, &runDataCommand},
};

} // namespace

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString usage()
{
    QString text = QCoreApplication::translate("Annals::Cli",
                                               "Usage:\n  annals [PROJECT.annals]\n");
    for (const Command &command : commands)
        text += QStringLiteral("  ") + QLatin1String(command.synopsis) + QLatin1Char('\n');
    return text;
}

} // namespace Annals::Cli
