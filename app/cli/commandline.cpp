#include "commandline.h"

#include "changescommand.h"
#include "countcommand.h"
#include "datacommand.h"
#include "exportcommand.h"
#include "newtermscommand.h"
#include "statscommand.h"
#include "validatecommand.h"

#include <QCoreApplication>
#include <QTextStream>

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
     "annals export [PROJECT.annals] --chart spending|rd|keywords|dashboard --png FILE "
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
    {"stats", "annals stats [PROJECT.annals] --years FROM-TO [--series ID]... "
     "[--format csv|json] [-o FILE]",
     false, &runStatsCommand},
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
