#include "changescommand.h"

#include "csvwriter.h"
#include "keyworddeclaration.h"
#include "keywordmatcher.h"
#include "reportdiff.h"
#include "reporttextreader.h"
#include "commandline.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace Annals::Cli {

namespace {

int fail(QTextStream &err, const QString &message, int status)
{
    err << QStringLiteral("annals changes: ") << message << Qt::endl;
    return status;
}

// "3-5 9-10": start-end character ranges, end excluded.
QString rangeList(const QList<TextDiff::Span> &spans)
{
    QStringList parts;
    for (const TextDiff::Span &span : spans)
        parts.append(QStringLiteral("%1-%2").arg(span.start).arg(span.start + span.length));
    return parts.join(QLatin1Char(' '));
}

// The sentence with its changed spans in brackets: [-removed-] or {+added+}.
QString marked(const QString &text, const QList<TextDiff::Span> &spans, bool removed)
{
    QString result;
    qsizetype at = 0;
    for (const TextDiff::Span &span : spans) {
        result += text.mid(at, span.start - at);
        result += removed ? QStringLiteral("[-") : QStringLiteral("{+");
        result += text.mid(span.start, span.length);
        result += removed ? QStringLiteral("-]") : QStringLiteral("+}");
        at = span.start + span.length;
    }
    return result + text.mid(at);
}

QJsonArray spanArray(const QString &text, const QList<TextDiff::Span> &spans)
{
    QJsonArray array;
    for (const TextDiff::Span &span : spans) {
        array.append(QJsonObject{{QStringLiteral("start"), qint64(span.start)},
                                 {QStringLiteral("length"), qint64(span.length)},
                                 {QStringLiteral("text"), text.mid(span.start, span.length)}});
    }
    return array;
}

} // namespace

QString ChangesCommand::usageText()
{
    return tr("Usage: annals changes OLD.txt NEW.txt [--keyword K]... [--format text|csv|json]\n"
              "                      [-o FILE]\n"
              "Aligns the sentences of two reports: same, added, removed or reworded, with\n"
              "the changed characters (Chinese) or words (English) of reworded sentences.\n"
              "  -k, --keyword K       only sentences holding one of the keywords (a group:\n"
              "                        NAME=A|B)\n"
              "  --format text|csv|json  text (default): numbers of reworded sentences, then\n"
              "                        one line a sentence, [-removed-] and {+added+} marked;\n"
              "                        csv: status,old_sentence,new_sentence,removed,added\n"
              "                        (character ranges start-end)\n"
              "  -o, --output FILE     write there (atomically) instead of standard output\n");
}

int ChangesCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption keywordOption({QStringLiteral("k"), QStringLiteral("keyword")},
                                           tr("A keyword."), tr("K"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("text, csv or json."),
                                          tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Output file."), tr("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Help."));
    parser.addOptions({keywordOption, formatOption, outputOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("annals-changes")} + arguments))
        return fail(err, parser.errorText() + QLatin1Char('\n') + usageText(), 2);
    if (parser.isSet(helpOption)) {
        out << usageText();
        return 0;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("text") && format != QLatin1String("csv")
        && format != QLatin1String("json"))
        return fail(err, tr("--format must be text, csv or json, not \"%1\"").arg(format), 2);
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 2)
        return fail(err, tr("name two report files: the old one, then the new one"), 2);
    QList<KeywordTerm> terms;
    for (const QString &keyword : parser.values(keywordOption)) {
        Result<KeywordTerm> term = KeywordDeclaration::parse(keyword);
        if (!term)
            return fail(err, tr("-k %1: %2").arg(keyword, term.error().message), 2);
        terms.append(term.value());
    }
    std::optional<KeywordMatcher> matcher;
    if (!terms.isEmpty()) {
        Result<KeywordMatcher> created = KeywordMatcher::create(terms);
        if (!created)
            return fail(err, created.error().toString(), 2);
        matcher = created.value();
    }

    QList<ReportText> reports;
    for (const QString &path : inputs) {
        Result<ReportText> report = ReportTextReader::read(path);
        if (!report)
            return fail(err, report.error().toString(), 1);
        reports.append(report.value());
    }
    QList<AlignedSentence> rows = ReportDiff::compare(reports.at(0).text, reports.at(1).text);
    if (matcher) {
        rows.removeIf([&](const AlignedSentence &row) {
            return !ReportDiff::mentions(row, *matcher);
        });
    }

    using Status = AlignedSentence::Status;
    QByteArray bytes;
    if (format == QLatin1String("text")) {
        QString text;
        for (const AlignedSentence &row : std::as_const(rows)) {
            if (row.status == Status::Reworded
                && (!row.oldNumbers.isEmpty() || !row.newNumbers.isEmpty())
                && row.oldNumbers != row.newNumbers) {
                const auto side = [](const QStringList &numbers) {
                    return numbers.isEmpty() ? QStringLiteral("—")
                                             : numbers.join(QLatin1String(", "));
                };
                text += QStringLiteral("# %1 → %2\n")
                            .arg(side(row.oldNumbers), side(row.newNumbers));
            }
        }
        for (const AlignedSentence &row : std::as_const(rows)) {
            switch (row.status) {
            case Status::Same:
                text += QStringLiteral("  ") + row.newText + QLatin1Char('\n');
                break;
            case Status::Removed:
                text += QStringLiteral("- ") + row.oldText + QLatin1Char('\n');
                break;
            case Status::Added:
                text += QStringLiteral("+ ") + row.newText + QLatin1Char('\n');
                break;
            case Status::Reworded:
                text += QStringLiteral("~ ") + marked(row.oldText, row.removed, true)
                        + QLatin1Char('\n');
                text += QStringLiteral("~ ") + marked(row.newText, row.added, false)
                        + QLatin1Char('\n');
                break;
            }
        }
        bytes = text.toUtf8();
    } else if (format == QLatin1String("csv")) {
        CsvWriter csv;
        csv.addRow({QStringLiteral("status"), QStringLiteral("old_sentence"),
                    QStringLiteral("new_sentence"), QStringLiteral("removed"),
                    QStringLiteral("added")});
        for (const AlignedSentence &row : std::as_const(rows)) {
            csv.addRow({AlignedSentence::statusName(row.status), row.oldText, row.newText,
                        rangeList(row.removed), rangeList(row.added)});
        }
        bytes = csv.text().toUtf8();
    } else {
        QJsonArray array;
        for (const AlignedSentence &row : std::as_const(rows)) {
            QJsonObject object{
                {QStringLiteral("status"), AlignedSentence::statusName(row.status)}};
            if (row.oldIndex >= 0) {
                object.insert(QStringLiteral("old_index"), row.oldIndex);
                object.insert(QStringLiteral("old_sentence"), row.oldText);
            }
            if (row.newIndex >= 0) {
                object.insert(QStringLiteral("new_index"), row.newIndex);
                object.insert(QStringLiteral("new_sentence"), row.newText);
            }
            if (row.status == Status::Reworded) {
                object.insert(QStringLiteral("removed"), spanArray(row.oldText, row.removed));
                object.insert(QStringLiteral("added"), spanArray(row.newText, row.added));
                object.insert(QStringLiteral("old_numbers"),
                              QJsonArray::fromStringList(row.oldNumbers));
                object.insert(QStringLiteral("new_numbers"),
                              QJsonArray::fromStringList(row.newNumbers));
            }
            array.append(object);
        }
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("annals-changes")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("generator"),
                                QStringLiteral("annals %1 %2")
                                    .arg(QLatin1String(ANNALS_VERSION), QLatin1String("changes"))},
                               {QStringLiteral("old"), inputs.at(0)},
                               {QStringLiteral("new"), inputs.at(1)},
                               {QStringLiteral("sentences"), array}};
        bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    const QString output = parser.value(outputOption);
    return writeCommandOutput(QStringLiteral("changes"), output, bytes, inputs, out, err);
}

int runChangesCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return ChangesCommand::run(arguments, out, err);
}

} // namespace Annals::Cli
