#include "countcommand.h"


#include "corpuscounter.h"
#include "datafile.h"
#include "keywordcontext.h"
#include "keywordcountsjson.h"
#include "keyworddeclaration.h"
#include "keywordmatcher.h"
#include "keywordsfilereader.h"
#include "reporttextreader.h"
#include "safewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <charconv>
#include <cstring>
#include <optional>

namespace Annals::Cli {

namespace {

// The command as a class, so that its messages have their own translation context.
class CountCommand
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Cli::CountCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

QString usageText()
{
    return CountCommand::tr(
        "Usage: annals count [-k WORD]... [--keywords FILE] [--group NAME=A|B]...\n"
        "                    TEXTS_OR_DIRS... [--format csv|json] [--contexts N]\n"
        "                    [--encoding NAME] [--threads N] [-o FILE]\n"
        "Counts keywords in report texts (folders: their *.txt files).\n"
        "  -k, --keyword WORD   a keyword: with a Han character a plain substring,\n"
        "                       otherwise a whole English word (technolog* = prefix)\n"
        "  --keywords FILE      UTF-8, one keyword per line, optionally TAB and an\n"
        "                       English gloss and TAB #rrggbb; '#' starts a comment;\n"
        "                       NAME=A|B|C declares a group counted once per position\n"
        "  --group NAME=A|B     a group of keywords\n"
        "  --format csv|json    csv (default): year,document,keyword,count,per_10k in\n"
        "                       file order; json: the annals-keyword-counts format\n"
        "  --contexts N         csv only: adds a context column and, after each count\n"
        "                       row, up to N rows holding a sentence with the keyword\n"
        "                       (each sentence once, in the order of the text)\n"
        "  --encoding NAME      utf-8, utf-16le, utf-16be, gb18030 (default: detect)\n"
        "  --threads N          files counted in parallel (default: one per core)\n"
        "  -o, --output FILE    write there (atomically) instead of standard output\n");
}

struct Vocabulary
{
    QList<KeywordTerm> terms;
    QSet<QString> names;
};

// One declaration (see KeywordDeclaration) given on the command line.
Result<void> addDeclaration(Vocabulary &vocabulary, const QString &declaration)
{
    Result<KeywordTerm> term = KeywordDeclaration::parse(declaration);
    if (!term)
        return term.error();
    if (vocabulary.names.contains(term.value().term))
        return Error::plain(CountCommand::tr("\"%1\" is listed twice").arg(term.value().term));
    vocabulary.names.insert(term.value().term);
    vocabulary.terms.append(term.value());
    return {};
}

QByteArray csvField(const QString &field)
{
    QByteArray bytes = field.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

// Occurrences per 10,000 base units with two decimals, rounded half up exactly.
char *writePer10k(char *out, qint64 count, qint64 base)
{
    if (base <= 0)
        return out;
    const qint64 hundredths = (count * 2000000 + base) / (2 * base);
    out = std::to_chars(out, out + 24, hundredths / 100).ptr;
    *out++ = '.';
    *out++ = char('0' + hundredths % 100 / 10);
    *out++ = char('0' + hundredths % 10);
    return out;
}

// Millions of rows are written for a large corpus: one row is formatted in place, without
// allocating.
void appendRow(QByteArray &rows, const QByteArray &prefix, const QByteArray &term, qint64 count,
               qint64 base, bool contextColumn)
{
    const qsizetype start = rows.size();
    rows.resize(start + prefix.size() + term.size() + 64);
    char *out = rows.data() + start;
    std::memcpy(out, prefix.constData(), size_t(prefix.size()));
    out += prefix.size();
    std::memcpy(out, term.constData(), size_t(term.size()));
    out += term.size();
    *out++ = ',';
    out = std::to_chars(out, out + 24, count).ptr;
    *out++ = ',';
    out = writePer10k(out, count, base);
    if (contextColumn)
        *out++ = ',';
    *out++ = '\r';
    *out++ = '\n';
    rows.resize(out - rows.constData());
}

// Output goes to a file through SafeWriter (-o) or, in pieces, to the text stream.
class Output
{
public:
    Output(QTextStream &out, const QString &path, const QStringList &inputs)
        : m_out(out)
        , m_file(path, inputs)
        , m_toFile(!path.isEmpty())
    {
    }
    Result<void> open() { return m_toFile ? m_file.open() : Result<void>(); }
    void write(const QByteArray &bytes)
    {
        if (m_toFile)
            m_file.write(bytes);
        else
            m_out << QString::fromUtf8(bytes);
    }
    Result<void> commit() { return m_toFile ? m_file.commit() : Result<void>(); }

private:
    QTextStream &m_out;
    SafeWriter m_file;
    bool m_toFile = false;
};

// Input that cannot be used: exit status 1.
int fail(QTextStream &err, const QString &message)
{
    err << QStringLiteral("annals count: ") << message << Qt::endl;
    return 1;
}

// Bad usage: exit status 2, as in every command.
int usageError(QTextStream &err, const QString &message)
{
    err << QStringLiteral("annals count: ") << message << Qt::endl;
    return 2;
}

} // namespace

int runCountCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return CountCommand::run(arguments, out, err);
}

int CountCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption keywordOption({QStringLiteral("k"), QStringLiteral("keyword")},
                                           tr("A keyword."), tr("WORD"));
    const QCommandLineOption keywordsOption(QStringLiteral("keywords"), tr("Keywords file."),
                                            tr("FILE"));
    const QCommandLineOption groupOption(QStringLiteral("group"), tr("A group."),
                                         tr("NAME=A|B"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or json."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption contextsOption(QStringLiteral("contexts"),
                                            tr("Contexts per keyword."), tr("N"),
                                            QStringLiteral("0"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), tr("Encoding."),
                                            tr("NAME"), QStringLiteral("auto"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), tr("Threads."), tr("N"),
                                           QStringLiteral("0"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Output file."), tr("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Help."));
    parser.addOptions({keywordOption, keywordsOption, groupOption, formatOption,
                       contextsOption, encodingOption, threadsOption, outputOption,
                       helpOption});
    if (!parser.parse(QStringList{QStringLiteral("annals-count")} + arguments))
        return usageError(err, parser.errorText() + QLatin1Char('\n') + usageText());
    if (parser.isSet(helpOption)) {
        out << usageText();
        return 0;
    }

    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(err, tr("--format must be csv or json, not \"%1\"").arg(format));
    bool ok = false;
    const int contexts = parser.value(contextsOption).toInt(&ok);
    if (!ok || contexts < 0)
        return usageError(err, tr("--contexts needs a number of sentences, 0 or more"));
    if (contexts > 0 && format != QLatin1String("csv"))
        return usageError(err, tr("--contexts works with --format csv only"));
    const int threads = parser.value(threadsOption).toInt(&ok);
    if (!ok || threads < 0)
        return usageError(err, tr("--threads needs a number, 0 for one per core"));
    const std::optional<TextDecoder::Encoding> encoding
        = TextDecoder::encodingFromName(parser.value(encodingOption));
    if (!encoding) {
        return usageError(err, tr("unknown encoding \"%1\"; use utf-8, utf-16le, utf-16be or "
                            "gb18030")
                             .arg(parser.value(encodingOption)));
    }

    Vocabulary vocabulary;
    for (const QString &path : parser.values(keywordsOption)) {
        if (Result<void> read = KeywordsFileReader::read(path, vocabulary.terms); !read)
            return fail(err, read.error().toString());
    }
    for (const KeywordTerm &term : std::as_const(vocabulary.terms))
        vocabulary.names.insert(term.term);
    for (const QString &keyword : parser.values(keywordOption)) {
        if (keyword.contains(QLatin1Char('\t')) || keyword.contains(QLatin1Char('='))) {
            return usageError(err, tr("-k takes one keyword (\"%1\"); use --group NAME=A|B for "
                                "groups")
                                 .arg(keyword));
        }
        if (Result<void> added = addDeclaration(vocabulary, keyword); !added)
            return usageError(err, tr("-k %1: %2").arg(keyword, added.error().message));
    }
    for (const QString &group : parser.values(groupOption)) {
        if (!group.contains(QLatin1Char('=')))
            return usageError(err, tr("--group %1: expected NAME=A|B").arg(group));
        if (Result<void> added = addDeclaration(vocabulary, group); !added)
            return usageError(err, tr("--group %1: %2").arg(group, added.error().message));
    }
    if (vocabulary.terms.isEmpty())
        return usageError(err, tr("no keywords: give -k WORD, --keywords FILE or --group"));
    Result<KeywordMatcher> matcher = KeywordMatcher::create(vocabulary.terms);
    if (!matcher)
        return fail(err, matcher.error().toString());

    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return usageError(err, tr("no texts: name report files or folders to count"));
    QList<Error> missing;
    const QStringList files = CorpusCounter::expandPaths(inputs, &missing);
    if (!missing.isEmpty()) {
        for (const Error &error : missing)
            err << QStringLiteral("annals count: ") << error.file << QStringLiteral(": ")
                << error.message << Qt::endl;
        return 1;
    }

    // The output is checked before the work: it may be none of the texts or keyword files.
    Output output(out, parser.value(outputOption), files + parser.values(keywordsOption));
    if (Result<void> opened = output.open(); !opened)
        return fail(err, opened.error().toString());

    CorpusCounter counter(matcher.value());
    counter.setEncoding(*encoding);
    counter.setHashingFiles(format == QLatin1String("json"));
    counter.setThreadCount(threads);
    QElapsedTimer clock;
    clock.start();
    qint64 lastProgress = 0;
    counter.setProgressHandler([&](qint64 done, qint64 total) {
        if (clock.elapsed() - lastProgress < 1000 || total <= 0)
            return;
        lastProgress = clock.elapsed();
        err << tr("annals count: %1% (%2 of %3 MB)")
                   .arg(done * 100 / total)
                   .arg(done / 1000000)
                   .arg(total / 1000000)
            << Qt::endl;
    });

    const QList<KeywordTerm> &terms = matcher.value().terms();
    QList<QByteArray> quotedTerms;
    for (const KeywordTerm &term : terms)
        quotedTerms.append(csvField(term.term));
    if (format == QLatin1String("csv")) {
        QByteArray header = "year,document,keyword,count,per_10k";
        header += contexts > 0 ? ",context\r\n" : "\r\n";
        output.write(header);
        counter.setDocumentHandler([&](const QString &path, const DocumentCounts &document,
                                       const QList<qint64> &counts) {
            QList<QList<KeywordContext>> found;
            if (contexts > 0) {
                found.resize(terms.size());
                Result<ReportText> report = ReportTextReader::read(path, *encoding);
                if (report) {
                    // Hits come by offset: those of one sentence follow one another, and
                    // the sentence is listed once.
                    const QList<KeywordContext> all
                        = KeywordContext::find(report.value().text, matcher.value());
                    for (const KeywordContext &context : all) {
                        QList<KeywordContext> &sentences = found[context.term];
                        if (sentences.size() < contexts
                            && (sentences.isEmpty()
                                || sentences.last().sentenceOffset != context.sentenceOffset))
                            sentences.append(context);
                    }
                }
            }
            const QByteArray prefix = QByteArray::number(document.year) + ','
                                      + csvField(document.document) + ',';
            QByteArray rows;
            rows.reserve(terms.size() * (prefix.size() + 32));
            for (qsizetype t = 0; t < terms.size(); ++t) {
                appendRow(rows, prefix, quotedTerms.at(t), counts.at(t), document.baseUnits,
                          contexts > 0);
                if (contexts == 0)
                    continue;
                for (const KeywordContext &context : found.at(t)) {
                    rows += prefix + quotedTerms.at(t) + ",,," + csvField(context.sentence);
                    rows += "\r\n";
                }
            }
            output.write(rows);
        });
    }
    const KeywordCounts counts = counter.count(files);
    if (format == QLatin1String("json"))
        output.write(KeywordCountsJson::write(counts));
    for (const Error &error : counter.errors())
        err << QStringLiteral("annals count: ") << error.toString() << Qt::endl;
    if (Result<void> committed = output.commit(); !committed)
        return fail(err, committed.error().toString());
    // A text that could not be counted is unreadable input: exit status 1, as everywhere.
    return counter.errors().isEmpty() ? 0 : 1;
}

} // namespace Annals::Cli
