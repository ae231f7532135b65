#include "keywordjobs.h"

#include "chinesescript.h"
#include "keywordmatcher.h"
#include "observationchecks.h"
#include "keywordscanner.h"
#include "reporttextreader.h"
#include "textlibrary.h"

#include <QCoreApplication>

namespace Annals {

namespace {

DocumentCounts countDocument(const KeywordMatcher &matcher, const ReportText &text)
{
    KeywordScanner scanner(matcher);
    const QByteArray utf8 = text.text.toUtf8();
    scanner.feed(utf8);
    scanner.finish();
    DocumentCounts document;
    document.year = text.year;
    document.document = text.fileName;
    document.sha256 = text.sha256;
    document.language = text.language;
    document.baseUnits = text.language == QLatin1String("en") ? scanner.words()
                                                               : scanner.hanCharacters();
    if (text.language == QLatin1String("zh")
        && ChineseScript::reportLooksTraditional(utf8))
        document.notes.append(ChineseScript::traditionalNote());
    const QList<qint64> counts = scanner.termCounts();
    for (int i = 0; i < counts.size(); ++i)
        document.counts.insert(matcher.terms().at(i).term, counts.at(i));
    return document;
}

} // namespace

TextImportResult KeywordJobs::importTexts(const QList<TextImportItem> &items,
                                          const QList<KeywordTerm> &vocabulary, bool embed,
                                          const std::atomic<bool> &cancel,
                                          const Progress &progress)
{
    TextImportResult result;
    const Result<KeywordMatcher> matcher = KeywordMatcher::create(vocabulary);
    if (!matcher) {
        result.errors.append(matcher.error());
        return result;
    }
    for (int i = 0; i < items.size(); ++i) {
        if (cancel) {
            result.canceled = true;
            return result;
        }
        progress(i, int(items.size()));
        const TextImportItem &item = items.at(i);
        Result<ReportText> read = ReportTextReader::read(item.path, item.encoding);
        if (!read) {
            result.errors.append(read.error());
            continue;
        }
        ReportText &text = read.value();
        if (item.year > 0)
            text.year = item.year;
        if (!item.language.isEmpty())
            text.language = item.language;
        if (text.year == 0 || !ObservationChecks::checkYear(text.year).isEmpty()) {
            result.errors.append(
                Error::inFile(item.path,
                              text.year == 0 ? QCoreApplication::translate(
                                  "Annals::KeywordJobs",
                                  "no year in the file name or the first lines; set one")
                                             : ObservationChecks::checkYear(text.year)));
            continue;
        }
        result.documents.append(countDocument(matcher.value(), text));
        result.texts.append(ReportTextReader::reference(text, embed));
    }
    progress(int(items.size()), int(items.size()));
    return result;
}

TermCountResult KeywordJobs::countTerms(const QList<KeywordTerm> &terms, const Project &project,
                                        const std::atomic<bool> &cancel,
                                        const Progress &progress)
{
    TermCountResult result;
    const Result<KeywordMatcher> matcher = KeywordMatcher::create(terms);
    const QList<DocumentCounts> &documents = project.dataset.keywords.documents;
    for (int i = 0; i < documents.size(); ++i) {
        if (cancel) {
            result.canceled = true;
            return result;
        }
        progress(i, int(documents.size()));
        const DocumentCounts &document = documents.at(i);
        const ReportTextRef *ref = TextLibrary::refFor(project, document);
        const Result<QString> text = ref ? TextLibrary::load(*ref)
                                         : Result<QString>(Error{});
        if (!matcher || !text) {
            result.documentsWithoutText.append(document.document);
            continue;
        }
        const QList<qint64> counts = matcher.value().count(text.value());
        QHash<QString, qint64> &byTerm = result.countsBySha[document.sha256];
        for (int t = 0; t < counts.size(); ++t)
            byTerm.insert(terms.at(t).term, counts.at(t));
    }
    progress(int(documents.size()), int(documents.size()));
    return result;
}

} // namespace Annals
