#pragma once

#include "dataset.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Annals {

/*!
 * \brief Reads an extract file: figures with their sources, JSON format "annals-extract".
 *
 * The format is specified in resources/extract-format.md. Every problem is reported with the
 * file, the field path (or line and column for syntax errors) and what was expected.
 */
class ExtractReader
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ExtractReader)

public:
    static constexpr int formatVersion = 2; // 2: targets and periods
    static QString formatName() { return QStringLiteral("annals-extract"); }

    static Result<Dataset> readFile(const QString &path);
    static Result<Dataset> parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace Annals
