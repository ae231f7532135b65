#include "newtermscommand.h"

#include "corpuscounter.h"
#include "csvwriter.h"
#include "datafile.h"
#include "phrasefinder.h"
#include "reporttextreader.h"
#include "commandline.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

namespace Annals::Cli {

namespace {

int fail(QTextStream &err, const QString &message, int status)
{
    err << QStringLiteral("annals new-terms: ") << message << Qt::endl;
    return status;
}

} // namespace

QString NewTermsCommand::usageText()
{
    return tr("Usage: annals new-terms TEXTS_OR_DIRS... [--year Y]... [--top N] [--dropped]\n"
              "                        [--stop-list FILE | --no-stop-list]\n"
              "                        [--format csv|json] [-o FILE]\n"
              "Lists the phrases that are new in a report year (in no earlier report) and,\n"
              "with --dropped, those the year dropped (in the report before, in none since).\n"
              "  --year Y            a year to list (default: every year but the first)\n"
              "  --top N             at most N rows per year and status (default 100, 0: all)\n"
              "  --dropped           also list the dropped phrases\n"
              "  --stop-list FILE    UTF-8, one entry a line (/.../ a regular expression),\n"
              "                      instead of the default list of boilerplate\n"
              "  --no-stop-list      list everything\n"
              "  --format csv|json   csv (default): year,phrase,status,count,later_reports,\n"
              "                      first_sentence; later_reports is space-separated years\n"
              "  -o, --output FILE   write there (atomically) instead of standard output\n");
}

int NewTermsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("A year."), tr("Y"));
    const QCommandLineOption topOption(QStringLiteral("top"), tr("Rows per year."), tr("N"),
                                       QStringLiteral("100"));
    const QCommandLineOption droppedOption(QStringLiteral("dropped"), tr("Dropped phrases."));
    const QCommandLineOption stopListOption(QStringLiteral("stop-list"), tr("Stop-list."),
                                            tr("FILE"));
    const QCommandLineOption noStopListOption(QStringLiteral("no-stop-list"),
                                              tr("No stop-list."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or json."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Output file."), tr("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Help."));
    parser.addOptions({yearOption, topOption, droppedOption, stopListOption, noStopListOption,
                       formatOption, outputOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("annals-new-terms")} + arguments))
        return fail(err, parser.errorText() + QLatin1Char('\n') + usageText(), 2);
    if (parser.isSet(helpOption)) {
        out << usageText();
        return 0;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(err, tr("--format must be csv or json, not \"%1\"").arg(format), 2);
    bool ok = false;
    const int top = parser.value(topOption).toInt(&ok);
    if (!ok || top < 0)
        return fail(err, tr("--top needs a number of rows, 0 for all"), 2);
    QList<int> years;
    for (const QString &value : parser.values(yearOption)) {
        const int year = value.toInt(&ok);
        if (!ok || year < 1000 || year > 9999)
            return fail(err, tr("--year needs a year such as 2021, not \"%1\"").arg(value), 2);
        years.append(year);
    }
    if (parser.isSet(stopListOption) && parser.isSet(noStopListOption))
        return fail(err, tr("--stop-list and --no-stop-list exclude each other"), 2);
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return fail(err, tr("no texts: name report files or folders"), 2);

    StopList stopList = StopList::defaultList();
    QStringList readPaths;
    if (parser.isSet(noStopListOption)) {
        stopList = StopList();
    } else if (parser.isSet(stopListOption)) {
        const QString path = parser.value(stopListOption);
        readPaths.append(path);
        Result<QByteArray> bytes = readDataFile(path);
        if (!bytes)
            return fail(err, bytes.error().toString(), 1);
        Result<QString> text = decodeUtf8(bytes.value(), path);
        if (!text)
            return fail(err, text.error().toString(), 1);
        QString message;
        stopList = StopList::fromText(text.value(), &message);
        if (!message.isEmpty())
            return fail(err, QStringLiteral("%1: %2").arg(path, message), 1);
    }

    QList<Error> missing;
    const QStringList files = CorpusCounter::expandPaths(inputs, &missing);
    if (!missing.isEmpty())
        return fail(err, missing.first().toString(), 1);
    QList<ReportText> reports;
    for (const QString &file : files) {
        Result<ReportText> report = ReportTextReader::read(file);
        if (!report)
            return fail(err, report.error().toString(), 1);
        if (report.value().year == 0) {
            return fail(err, tr("%1: the report's year is neither in its name nor in its "
                                "first lines")
                                 .arg(file),
                        1);
        }
        reports.append(report.value());
    }
    readPaths += files;

    PhraseFinder finder;
    finder.build(reports);
    const QList<int> loaded = finder.years();
    if (years.isEmpty())
        years = loaded.mid(1);
    for (int year : std::as_const(years)) {
        if (!loaded.contains(year))
            return fail(err, tr("no report of %1 among the texts").arg(year), 2);
    }

    // Rows of the years in parallel (each fetches sentences and later years).
    const bool dropped = parser.isSet(droppedOption);
    const QList<QList<PhraseRow>> perYear = QtConcurrent::blockingMapped(
        years, [&](int year) {
            QList<PhraseRow> result = finder.newPhrases(year, stopList, top);
            if (dropped)
                result += finder.droppedPhrases(year, stopList, top);
            return result;
        });
    QList<PhraseRow> rows;
    for (const QList<PhraseRow> &yearRows : perYear)
        rows += yearRows;

    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        CsvWriter csv;
        csv.addRow({QStringLiteral("year"), QStringLiteral("phrase"), QStringLiteral("status"),
                    QStringLiteral("count"), QStringLiteral("later_reports"),
                    QStringLiteral("first_sentence")});
        for (const PhraseRow &row : std::as_const(rows)) {
            const bool fresh = row.status == PhraseRow::Status::New;
            csv.addRow({QString::number(row.year), row.phrase,
                        PhraseRow::statusName(row.status), QString::number(row.count),
                        fresh ? row.yearsText() : QString(), row.firstSentence});
        }
        bytes = csv.text().toUtf8();
    } else {
        QJsonArray array;
        for (const PhraseRow &row : std::as_const(rows)) {
            const bool fresh = row.status == PhraseRow::Status::New;
            QJsonArray later;
            if (fresh) {
                for (int year : row.years)
                    later.append(year);
            }
            array.append(QJsonObject{{QStringLiteral("year"), row.year},
                                     {QStringLiteral("phrase"), row.phrase},
                                     {QStringLiteral("status"),
                                      PhraseRow::statusName(row.status)},
                                     {QStringLiteral("count"), row.count},
                                     {QStringLiteral("later_reports"), later},
                                     {QStringLiteral("first_sentence"), row.firstSentence}});
        }
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("annals-new-terms")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("generator"),
                                QStringLiteral("annals %1 %2")
                                    .arg(QLatin1String(ANNALS_VERSION), QLatin1String("new-terms"))},
                               {QStringLiteral("rows"), array}};
        bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    const QString output = parser.value(outputOption);
    return writeCommandOutput(QStringLiteral("new-terms"), output, bytes, readPaths, out, err);
}

int runNewTermsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return NewTermsCommand::run(arguments, out, err);
}

} // namespace Annals::Cli
