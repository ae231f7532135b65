#pragma once

#include <QStringList>

class QTextStream;

namespace Annals::Cli {

/*!
 * `annals export [PROJECT.annals] --chart spending|rd|keywords|dashboard --png FILE
 * [--size WxH] [--scale N] [--svg FILE] [--pdf FILE] [--csv FILE [--wide] [--bom]]`:
 * renders charts without a display; without a project, of the embedded dataset.
 */
int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Annals::Cli
