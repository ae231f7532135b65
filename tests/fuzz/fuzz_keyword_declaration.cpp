// libFuzzer target: a keywords file for `annals count --keywords FILE` -> one
// KeywordDeclaration::parse() per line (see run-fuzzers.sh).
//
// As the count command does: blank lines and '#' comments are skipped, a term given twice is
// refused. Every declaration that parses must compile, alone and together with the others,
// and count consistently: hits() gives one hit per counted occurrence.

#include "datafile.h"
#include "fuzzcheck.h"
#include "keyworddeclaration.h"
#include "keywordmatcher.h"

#include <QSet>
#include <QStringList>

namespace {

using Annals::KeywordMatcher;
using Annals::KeywordTerm;
using AnnalsFuzz::check;

void checkCounts(const KeywordMatcher &matcher, const QString &text)
{
    const QList<qint64> counts = matcher.count(text);
    check(counts.size() == matcher.terms().size(), "one count per term");
    QList<qint64> perTerm(matcher.terms().size(), 0);
    for (const Annals::KeywordHit &hit : matcher.hits(text)) {
        check(hit.offset >= 0 && hit.offset + hit.length <= text.size(), "hit outside the text");
        ++perTerm[hit.term];
    }
    check(perTerm == counts, "hits() disagrees with count()");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = AnnalsFuzz::bytesOf(data, size);
    const Annals::Result<QString> file = Annals::decodeUtf8(bytes, QStringLiteral("kw.txt"));
    if (!file)
        return 0;
    static const QString sample = QStringLiteral(
        "大力推进科技创新，发展新质生产力。\n芯片 和集成\n电路；AI and Technology, "
        "technological chips! 5G R&D #ff0000\t科技");
    QList<KeywordTerm> vocabulary;
    QSet<QString> names;
    const QStringList lines = file.value().split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const Annals::Result<KeywordTerm> term = Annals::KeywordDeclaration::parse(line);
        if (!term) {
            check(!term.error().message.isEmpty(), "an error without a message");
            continue;
        }
        check(!term.value().term.trimmed().isEmpty(), "a declaration without a term");
        const Annals::Result<KeywordMatcher> alone = KeywordMatcher::create({term.value()});
        if (!alone)
            AnnalsFuzz::fail("a parsed declaration does not compile:", alone.error().message);
        checkCounts(alone.value(), sample);
        checkCounts(alone.value(), line);
        if (!names.contains(term.value().term)) {
            names.insert(term.value().term);
            vocabulary.append(term.value());
        }
    }
    if (vocabulary.isEmpty())
        return 0;
    const Annals::Result<KeywordMatcher> all = KeywordMatcher::create(vocabulary);
    if (!all)
        AnnalsFuzz::fail("declarations that parse one by one do not compile together:",
                         all.error().toString());
    checkCounts(all.value(), sample);
    checkCounts(all.value(), file.value());
    return 0;
}
