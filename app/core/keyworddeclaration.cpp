#include "keyworddeclaration.h"

#include "inputtext.h"
#include "keywordchecks.h"
#include "keywordmatcher.h"

#include <QCoreApplication>

namespace Annals {

Result<KeywordTerm> KeywordDeclaration::parse(const QString &declaration)
{
    const QStringList fields = declaration.split(QLatin1Char('\t'));
    if (fields.size() > 3)
        return Error::plain(tr("expected at most three TAB-separated fields (keyword, gloss, "
                               "colour)"));
    KeywordTerm term;
    const QString keyword = fields.at(0).trimmed();
    if (fields.size() > 1)
        term.gloss = fields.at(1).trimmed();
    if (fields.size() > 2) {
        term.color = fields.at(2).trimmed();
        if (term.color.isEmpty() || !KeywordChecks::checkColor(term.color).isEmpty())
            return Error::plain(
                tr("\"%1\" is not a colour as #rrggbb").arg(InputText::echoed(term.color)));
    }
    if (QString message = KeywordChecks::checkGloss(term.gloss); !message.isEmpty())
        return Error::plain(message);
    const qsizetype equals = keyword.indexOf(QLatin1Char('='));
    if (equals >= 0) {
        term.term = keyword.left(equals).trimmed();
        if (term.term.isEmpty())
            return Error::plain(tr("a group needs a name before '=': NAME=A|B"));
        const QStringList members = keyword.mid(equals + 1).split(QLatin1Char('|'));
        for (const QString &member : members) {
            if (member.trimmed().isEmpty())
                return Error::plain(tr("group \"%1\" has an empty member; write NAME=A|B|C")
                                        .arg(InputText::echoed(term.term)));
            if (QString message = KeywordChecks::checkTerm(member); !message.isEmpty())
                return Error::plain(message);
            term.members.append(member.trimmed());
        }
    } else {
        term.term = keyword;
    }
    if (term.term.isEmpty())
        return Error::plain(tr("empty keyword"));
    if (QString message = KeywordChecks::checkTerm(term.term); !message.isEmpty())
        return Error::plain(message);
    // A keyword the matcher refuses (e.g. a misplaced '*') is refused here with its reason.
    if (Result<KeywordMatcher> check = KeywordMatcher::create({term}); !check)
        return Error::plain(check.error().message);
    return term;
}

} // namespace Annals
