#pragma once

#include <QStringList>

class QTextStream;

namespace Annals::Cli {

/*!
 * annals count [-k WORD]... [--keywords FILE] [--group NAME=A|B]... TEXTS_OR_DIRS...
 *              [--format csv|json] [--contexts N] [--encoding NAME] [--threads N] [-o FILE]
 *
 * Exit status: 0 all files counted; 1 bad arguments or input, nothing written; 2 some files
 * could not be counted (they are named on stderr; the output holds the others).
 */
int runCountCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Annals::Cli
