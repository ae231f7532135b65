#pragma once

#include <QStringList>

class QTextStream;

namespace Annals::Cli {

/// `annals data [--csv FILE] [--extract FILE]`: prints the dataset as long CSV.
int runDataCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Annals::Cli
