#include "commandline.h"

#include "changescommand.h"
#include "safewriter.h"
#include "countcommand.h"
#include "datacommand.h"
#include "exportcommand.h"
#include "newtermscommand.h"
#include "statscommand.h"
#include "targetscommand.h"
#include "validatecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iterator>

namespace Annals::Cli {

namespace {

const Command commands[] = {
    {"data", "annals data [--csv FILE | --extract FILE] [--figures-only | --keywords-only]",
     false, &runDataCommand},
    {"count",
     "annals count [-k WORD]... [--keywords FILE] [--group NAME=A|B]... TEXTS_OR_DIRS... "
     "[--format csv|json] [--contexts N] [--encoding NAME] [-o FILE]",
     false, &runCountCommand},
    {"export",
     "annals export [PROJECT.annals] --chart spending|rd|keywords|targets|dashboard --png FILE "
     "[--size WxH] [--scale N] [--years FROM-TO] [--svg FILE] [--pdf FILE] "
     "[--csv FILE [--wide] [--bom]]",
     true, &runExportCommand},
    {"validate", "annals validate FILE...", false, &runValidateCommand},
    {"new-terms",
     "annals new-terms TEXTS_OR_DIRS... [--year Y]... [--top N] [--dropped] "
     "[--format csv|json] [-o FILE]",
     false, &runNewTermsCommand},
    {"changes", "annals changes OLD.txt NEW.txt [--keyword K]... [--format text|csv|json] "
     "[-o FILE]",
     false, &runChangesCommand},
    {"targets",
     "annals targets [PROJECT.annals] [--indicator ID]... [--format csv|json] [-o FILE] "
     "[--vintage first|revised] [--tolerance PP]",
     false, &runTargetsCommand},
    {"stats", "annals stats [PROJECT.annals] (--years FROM-TO | --plan N) [--series ID]... "
     "[--format csv|json] [-o FILE]",
     false, &runStatsCommand},
};

// Options that QGuiApplication and QApplication read themselves (Qt 6 documentation of both
// classes); the first group takes a value.
const char *const qtValueOptions[] = {"platform", "platformpluginpath", "platformtheme",
                                      "plugin", "qwindowgeometry", "qwindowicon",
                                      "qwindowtitle", "session", "display", "geometry",
                                      "style", "stylesheet", "qmljsdebugger"};
const char *const qtFlagOptions[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};

template<std::size_t N>
bool contains(const char *const (&names)[N], const QString &name)
{
    return std::any_of(std::begin(names), std::end(names),
                       [&name](const char *known) { return name == QLatin1String(known); });
}

} // namespace

QStringList commandNames()
{
    QStringList names;
    for (const Command &command : commands)
        names.append(QLatin1String(command.name));
    return names;
}

std::optional<QString> unknownGuiOption(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break; // file names follow
        if (!argument.startsWith(QLatin1Char('-')) || argument.size() == 1)
            continue;
        QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0)
            name.truncate(equals);
        if (contains(qtValueOptions, name)) {
            if (equals < 0)
                ++i; // its value
            continue;
        }
        if (!contains(qtFlagOptions, name))
            return argument;
    }
    return std::nullopt;
}

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.isEmpty())
        return text;
    // Only the first line names the program ("Usage: /usr/bin/annals [options]").
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = text.left(lineEnd).indexOf(arguments.first());
    if (at >= 0)
        text.replace(at, arguments.first().size(), command);
    return text;
}

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
    QString text = QCoreApplication::translate(
        "Annals::Cli",
        "Usage:\n  annals [PROJECT.annals | EXTRACT.json | FIGURES.csv | REPORT.txt]\n"
        "  annals --help | --version\n");
    for (const Command &command : commands)
        text += QStringLiteral("  ") + QLatin1String(command.synopsis) + QLatin1Char('\n');
    text += QCoreApplication::translate("Annals::Cli",
                                        "Each command takes --help for its options.\n");
    return text;
}

int writeCommandOutput(const QString &command, const QString &output, const QByteArray &bytes,
                       const QStringList &inputs, QTextStream &out, QTextStream &err)
{
    if (output.isEmpty()) {
        out << QString::fromUtf8(bytes);
        return 0;
    }
    const Result<void> written = SafeWriter::writeFile(output, bytes, inputs);
    if (written)
        return 0;
    err << QStringLiteral("annals ") << command << QStringLiteral(": ")
        << written.error().toString() << Qt::endl;
    return 1;
}

int finishStandardOutput(QTextStream &out, QTextStream &err, int status)
{
    out.flush();
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    if (flushed && !std::ferror(stdout) && out.status() == QTextStream::Ok)
        return status;
    const QString reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno))
                                      : QCoreApplication::translate("Annals::Cli::Output",
                                                                    "write error");
    err << QCoreApplication::translate("Annals::Cli::Output",
                                       "annals: cannot write to standard output: %1")
               .arg(reason)
        << '\n';
    err.flush();
    return 1;
}

} // namespace Annals::Cli
