#include "keywordsfilereader.h"

#include "datafile.h"
#include "inputlimits.h"
#include "inputtext.h"
#include "keywordchecks.h"
#include "keyworddeclaration.h"

#include <QCoreApplication>
#include <QSet>

namespace Annals {

Result<void> KeywordsFileReader::read(const QString &path, QList<KeywordTerm> &terms)
{
    Result<QByteArray> bytes = readDataFile(path);
    if (!bytes)
        return bytes.error();
    Result<QString> decoded = decodeUtf8(bytes.value(), path);
    if (!decoded)
        return decoded.error();
    bytes = QByteArray();

    QSet<QString> names;
    qsizetype totalLength = 0;
    for (const KeywordTerm &term : std::as_const(terms)) {
        names.insert(term.term);
        totalLength += KeywordChecks::lengthOf(term);
    }
    QList<KeywordTerm> added;
    const QStringView text = decoded.value();
    qsizetype start = 0;
    for (int line = 1; start <= text.size(); ++line) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        QStringView declaration = text.mid(start, end - start);
        start = end + 1;
        if (declaration.endsWith(QLatin1Char('\r')))
            declaration.chop(1);
        const QStringView trimmed = declaration.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        // A line past the limits stops the reading before it is parsed.
        if (terms.size() + added.size() == InputLimits::maxKeywords)
            return Error::atLine(path, line, KeywordChecks::tooManyKeywords());
        // Room for a gloss, a colour and the TABs: the keywords alone are checked below.
        if (totalLength + trimmed.size()
            > InputLimits::maxKeywordsTotalLength + InputLimits::maxGlossLength + 16)
            return Error::atLine(path, line, KeywordChecks::tooLongTogether());
        Result<KeywordTerm> term = KeywordDeclaration::parse(declaration.toString());
        if (!term)
            return Error::atLine(path, line, term.error().message);
        if (names.contains(term.value().term)) {
            return Error::atLine(path, line,
                                 QCoreApplication::translate("Annals::KeywordsFileReader",
                                                             "\"%1\" is listed twice")
                                     .arg(InputText::echoed(term.value().term)));
        }
        names.insert(term.value().term);
        totalLength += KeywordChecks::lengthOf(term.value());
        if (totalLength > InputLimits::maxKeywordsTotalLength)
            return Error::atLine(path, line, KeywordChecks::tooLongTogether());
        added.append(term.value());
    }
    terms += added;
    return {};
}

} // namespace Annals
