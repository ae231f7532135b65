#pragma once

#include "keywordcounts.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Annals {

/*!
 * \brief Parses how analysts write a keyword: "WORD", "WORD<TAB>gloss[<TAB>#rrggbb]" or a group
 * "NAME=A|B|C<TAB>gloss[<TAB>#rrggbb]" whose members count once per position.
 *
 * Used by `annals count --keywords` files, `--group` and the keyword picker. The Error has a
 * message only; callers add the file and line.
 */
class KeywordDeclaration
{
    Q_DECLARE_TR_FUNCTIONS(Annals::KeywordDeclaration)

public:
    static Result<KeywordTerm> parse(const QString &declaration);
};

} // namespace Annals
