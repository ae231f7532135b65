#pragma once

#include <QString>

namespace Annals {

/// The text of one report file, decoded, with what was detected about it.
struct ReportText
{
    QString path;
    QString fileName;
    int year = 0;      ///< 0 when neither the file name nor the first lines tell it
    QString language;  ///< "zh" or "en"
    QString encoding;  ///< the encoding that was applied, e.g. "UTF-8", "GB18030"
    QString text;      ///< without BOM; line breaks as in the file
    QString sha256;    ///< of the file's bytes, hex

    bool operator==(const ReportText &other) const = default;
};

} // namespace Annals
