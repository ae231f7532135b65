#pragma once

#include <QStringList>

class QTextStream;

namespace Annals::Cli {

/// `annals validate FILE...`: checks extracts, figure tables, keyword counts and projects.
int runValidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Annals::Cli
