#pragma once

#include "project.h"

#include <QCoreApplication>
#include <QString>

class QUrl;

namespace Annals {

/*!
 * \brief Where a target's verbatim phrase stands in an imported report text (for the report
 * viewer, which opens there with the phrase highlighted).
 *
 * The report is the one the target's source names (e.g. "shared/corpus/gwr-2016-zh.txt" for
 * the 13th plan's 2020 target): an imported text of that file name, else one of the year in
 * that name. When there is none, or the phrase is not in it verbatim, reason says so and how to
 * import the text.
 */
class TargetReport
{
    Q_DECLARE_TR_FUNCTIONS(Annals::TargetReport)

public:
    QString sha256;  ///< of the imported text holding the phrase; empty when none
    QString fileName;
    int year = 0;    ///< the report's year
    qsizetype offset = -1;
    qsizetype length = 0;
    QString reason; ///< why the phrase cannot be opened; empty when it can
    QString missingFile; ///< the report file to import when none is; else empty

    bool found() const { return offset >= 0; }

    static TargetReport locate(const Project &project, const Target &target);

    /// "annals:target?indicator=ID&year=YEAR", for the details panel.
    static QUrl link(const Target &target);
    /// Reads a link(); false for other links.
    static bool parseLink(const QUrl &url, QString *indicatorId, int *year);
};

} // namespace Annals
