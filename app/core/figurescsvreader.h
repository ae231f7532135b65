#pragma once

#include "dataset.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Annals {

/*!
 * \brief Reads the long CSV layout of figures:
 * `indicator,year,value,unit,vintage,reported_growth_pct,source_url,note`.
 *
 * The first five columns are required. One series per indicator (its unit must not change),
 * one source per distinct URL. Notes that start with "PRELIMINARY" turn an actual row into a
 * preliminary one; notes that say "do not chart" or start with "LOW CONFIDENCE" set the
 * matching flags.
 */
class FiguresCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Annals::FiguresCsvReader)

public:
    static Result<Dataset> readFile(const QString &path);
    static Result<Dataset> parse(const QString &text, const QString &fileName);
};

} // namespace Annals
