#include "keywordcountsjson.h"

#include "datafile.h"
#include "inputtext.h"
#include "jsonfieldreader.h"
#include "keywordchecks.h"
#include "safewriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char byte : text.toUtf8()) {
        const auto c = uchar(byte);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20) {
            out += "\\u00";
            out += QByteArray::number(c, 16).rightJustified(2, '0');
        } else {
            out += char(c);
        }
    }
    out += '"';
}

void appendKey(QByteArray &out, const char *indent, const QString &key)
{
    out += indent;
    appendString(out, key);
    out += ": ";
}

} // namespace

QByteArray KeywordCountsJson::write(const KeywordCounts &counts)
{
    QByteArray out;
    out += "{\n";
    appendKey(out, "  ", QStringLiteral("format"));
    appendString(out, QLatin1String(formatName));
    out += ",\n";
    appendKey(out, "  ", QStringLiteral("version"));
    out += QByteArray::number(formatVersion) + ",\n";
    appendKey(out, "  ", QStringLiteral("generator"));
    appendString(out, counts.generator);
    out += ",\n";
    appendKey(out, "  ", QStringLiteral("rule"));
    appendString(out, counts.rule);
    out += ",\n";
    appendKey(out, "  ", QStringLiteral("vocabulary"));
    out += "[";
    for (qsizetype t = 0; t < counts.vocabulary.size(); ++t) {
        const KeywordTerm &term = counts.vocabulary.at(t);
        out += t == 0 ? "\n    {" : ",\n    {";
        appendKey(out, "", QStringLiteral("term"));
        appendString(out, term.term);
        out += ", ";
        appendKey(out, "", QStringLiteral("gloss"));
        appendString(out, term.gloss);
        if (term.isGroup()) {
            out += ", ";
            appendKey(out, "", QStringLiteral("members"));
            out += "[";
            for (qsizetype m = 0; m < term.members.size(); ++m) {
                if (m > 0)
                    out += ", ";
                appendString(out, term.members.at(m));
            }
            out += "]";
        }
        if (!term.color.isEmpty()) {
            out += ", ";
            appendKey(out, "", QStringLiteral("color"));
            appendString(out, term.color);
        }
        out += "}";
    }
    out += counts.vocabulary.isEmpty() ? "],\n" : "\n  ],\n";

    QList<DocumentCounts> documents = counts.documents;
    std::stable_sort(documents.begin(), documents.end(),
                     [](const DocumentCounts &a, const DocumentCounts &b) {
                         return a.year != b.year ? a.year < b.year : a.document < b.document;
                     });
    // Counts follow the vocabulary's order, then any other terms sorted, so the output is
    // stable; the quoted keys are made once.
    QList<QByteArray> termKeys;
    QSet<QString> vocabularyTerms;
    for (const KeywordTerm &term : counts.vocabulary) {
        QByteArray key;
        appendKey(key, "        ", term.term);
        termKeys.append(key);
        vocabularyTerms.insert(term.term);
    }
    appendKey(out, "  ", QStringLiteral("documents"));
    out += "[";
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const DocumentCounts &document = documents.at(d);
        out += d == 0 ? "\n    {\n" : ",\n    {\n";
        appendKey(out, "      ", QStringLiteral("year"));
        out += QByteArray::number(document.year) + ",\n";
        appendKey(out, "      ", QStringLiteral("document"));
        appendString(out, document.document);
        out += ",\n";
        appendKey(out, "      ", QStringLiteral("sha256"));
        appendString(out, document.sha256);
        out += ",\n";
        appendKey(out, "      ", QStringLiteral("language"));
        appendString(out, document.language);
        out += ",\n";
        appendKey(out, "      ", QStringLiteral("baseUnits"));
        out += QByteArray::number(document.baseUnits) + ",\n";
        if (!document.notes.isEmpty()) {
            appendKey(out, "      ", QStringLiteral("notes"));
            out += "[";
            for (qsizetype n = 0; n < document.notes.size(); ++n) {
                if (n > 0)
                    out += ", ";
                appendString(out, document.notes.at(n));
            }
            out += "],\n";
        }
        appendKey(out, "      ", QStringLiteral("counts"));
        out += "{";
        bool first = true;
        for (qsizetype t = 0; t < counts.vocabulary.size(); ++t) {
            const auto it = document.counts.constFind(counts.vocabulary.at(t).term);
            if (it == document.counts.cend())
                continue;
            out += first ? "\n" : ",\n";
            first = false;
            out += termKeys.at(t);
            out += QByteArray::number(it.value());
        }
        QStringList others;
        for (auto it = document.counts.cbegin(); it != document.counts.cend(); ++it) {
            if (!vocabularyTerms.contains(it.key()))
                others.append(it.key());
        }
        others.sort();
        for (const QString &key : std::as_const(others)) {
            out += first ? "\n" : ",\n";
            first = false;
            appendKey(out, "        ", key);
            out += QByteArray::number(document.counts.value(key));
        }
        out += first ? "}\n    }" : "\n      }\n    }";
    }
    out += documents.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

Result<void> KeywordCountsJson::writeFile(const KeywordCounts &counts, const QString &path)
{
    return SafeWriter::writeFile(path, write(counts));
}

Result<KeywordCounts> KeywordCountsJson::readFile(const QString &path)
{
    Result<QByteArray> bytes = readDataFile(path);
    if (!bytes)
        return bytes.error();
    return read(bytes.value(), path);
}

Result<KeywordCounts> KeywordCountsJson::read(const QByteArray &json, const QString &fileName)
{
    const Result<QJsonObject> parsed = JsonFieldReader::parseObject(json, fileName);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    JsonFieldReader check(fileName);
    const QString format = check.string(root, QStringLiteral("format"), QString(), true);
    if (!check.failed() && format != QLatin1String(formatName)) {
        check.fail(QStringLiteral("format"),
                   tr("expected \"%1\", found \"%2\"")
                       .arg(QLatin1String(formatName), InputText::echoed(format)));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!check.failed()) {
        const qint64 number = check.nonNegativeInteger(version, QStringLiteral("version"));
        if (!check.failed() && number > formatVersion) {
            check.fail(QStringLiteral("version"),
                       tr("version %1 was written by a newer Annals; this one reads up to "
                          "version %2")
                           .arg(number)
                           .arg(formatVersion));
        } else if (!check.failed() && number < 1) {
            check.fail(QStringLiteral("version"), tr("expected version 1"));
        }
    }
    KeywordCounts counts;
    counts.generator = check.string(root, QStringLiteral("generator"), QString(), false);
    counts.rule = check.string(root, QStringLiteral("rule"), QString(), false);

    const QJsonValue vocabulary = root.value(QStringLiteral("vocabulary"));
    if (!check.failed() && !vocabulary.isArray())
        check.fail(QStringLiteral("vocabulary"), tr("expected a list of keywords"));
    QSet<QString> terms;
    qsizetype totalLength = 0;
    const QJsonArray vocabularyArray = vocabulary.toArray();
    for (qsizetype i = 0; i < vocabularyArray.size() && !check.failed(); ++i) {
        const QString path = JsonFieldReader::join(QStringLiteral("vocabulary"), int(i));
        // Refused at the first keyword past the limit, before any work on it.
        if (i == InputLimits::maxKeywords) {
            check.fail(path, KeywordChecks::tooManyKeywords());
            break;
        }
        if (!vocabularyArray.at(i).isObject()) {
            check.fail(path, tr("expected an object"));
            break;
        }
        const QJsonObject object = vocabularyArray.at(i).toObject();
        KeywordTerm term;
        term.term = check.string(object, QStringLiteral("term"), path, true);
        term.gloss = check.string(object, QStringLiteral("gloss"), path, false);
        term.color = check.string(object, QStringLiteral("color"), path, false);
        if (check.failed())
            break;
        if (QString message = KeywordChecks::checkTerm(term.term); !message.isEmpty())
            check.fail(JsonFieldReader::join(path, QStringLiteral("term")), message);
        else if (terms.contains(term.term))
            check.fail(JsonFieldReader::join(path, QStringLiteral("term")),
                       tr("\"%1\" is listed twice").arg(InputText::echoed(term.term)));
        if (QString message = KeywordChecks::checkGloss(term.gloss); !message.isEmpty())
            check.fail(JsonFieldReader::join(path, QStringLiteral("gloss")), message);
        if (QString message = KeywordChecks::checkColor(term.color); !message.isEmpty())
            check.fail(JsonFieldReader::join(path, QStringLiteral("color")), message);
        if (object.contains(QStringLiteral("members"))) {
            const QString membersPath = JsonFieldReader::join(path, QStringLiteral("members"));
            const QJsonValue members = object.value(QStringLiteral("members"));
            if (!members.isArray() || members.toArray().isEmpty())
                check.fail(membersPath, tr("expected a non-empty list of keywords"));
            const QJsonArray memberArray = members.toArray();
            for (qsizetype m = 0; m < memberArray.size() && !check.failed(); ++m) {
                const QString member = memberArray.at(m).toString();
                if (!memberArray.at(m).isString() || member.trimmed().isEmpty())
                    check.fail(JsonFieldReader::join(membersPath, int(m)), tr("expected a keyword"));
                else if (QString message = KeywordChecks::checkTerm(member); !message.isEmpty())
                    check.fail(JsonFieldReader::join(membersPath, int(m)), message);
                term.members.append(member);
            }
        }
        totalLength += KeywordChecks::lengthOf(term);
        if (!check.failed() && totalLength > InputLimits::maxKeywordsTotalLength)
            check.fail(path, KeywordChecks::tooLongTogether());
        terms.insert(term.term);
        counts.vocabulary.append(term);
    }

    const QJsonValue documents = root.value(QStringLiteral("documents"));
    if (!check.failed() && !documents.isArray())
        check.fail(QStringLiteral("documents"), tr("expected a list of documents"));
    const QJsonArray documentArray = documents.toArray();
    for (qsizetype i = 0; i < documentArray.size() && !check.failed(); ++i) {
        const QString path = JsonFieldReader::join(QStringLiteral("documents"), int(i));
        if (i == InputLimits::maxDocuments) {
            check.fail(path, tr("more than %1 documents; Annals reads at most %1")
                                 .arg(InputLimits::maxDocuments));
            break;
        }
        if (!documentArray.at(i).isObject()) {
            check.fail(path, tr("expected an object"));
            break;
        }
        const QJsonObject object = documentArray.at(i).toObject();
        DocumentCounts entry;
        const QString yearPath = JsonFieldReader::join(path, QStringLiteral("year"));
        const qint64 year = check.nonNegativeInteger(object.value(QStringLiteral("year")), yearPath);
        if (!check.failed() && year > InputLimits::lastKeywordCountYear)
            check.fail(yearPath, tr("expected a year (0 when unknown)"));
        entry.year = int(year);
        entry.document = check.string(object, QStringLiteral("document"), path, true);
        entry.sha256 = check.string(object, QStringLiteral("sha256"), path, false);
        entry.language = check.string(object, QStringLiteral("language"), path, true);
        if (check.failed())
            break;
        if (QString message = KeywordChecks::checkSha256(entry.sha256); !message.isEmpty())
            check.fail(JsonFieldReader::join(path, QStringLiteral("sha256")), message);
        if (QString message = KeywordChecks::checkLanguage(entry.language); !message.isEmpty())
            check.fail(JsonFieldReader::join(path, QStringLiteral("language")), message);
        entry.baseUnits = check.nonNegativeInteger(object.value(QStringLiteral("baseUnits")),
                                            JsonFieldReader::join(path, QStringLiteral("baseUnits")));
        entry.notes = check.stringList(object, QStringLiteral("notes"), path);
        const QString countsPath = JsonFieldReader::join(path, QStringLiteral("counts"));
        const QJsonValue countsValue = object.value(QStringLiteral("counts"));
        if (!check.failed() && !countsValue.isObject())
            check.fail(countsPath, tr("expected an object of keyword counts"));
        const QJsonObject countsObject = countsValue.toObject();
        // A count's field is named only for a problem: naming each was a sixth of reading them.
        for (auto it = countsObject.begin(); it != countsObject.end() && !check.failed(); ++it) {
            const bool known = terms.contains(it.key());
            if (!known || !JsonFieldReader::isNonNegativeInteger(it.value())) {
                const QString field = JsonFieldReader::join(countsPath,
                                                            InputText::echoed(it.key()));
                if (!known)
                    check.fail(field, KeywordChecks::notInVocabulary());
                else
                    check.nonNegativeInteger(it.value(), field);
                break;
            }
            entry.counts.insert(it.key(), qint64(it.value().toDouble()));
        }
        counts.documents.append(entry);
    }
    if (check.failed())
        return check.error();
    return counts;
}

} // namespace Annals
