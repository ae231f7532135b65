#pragma once

#include <QString>

namespace Annals {

/// A report text the project counted: where it was, what it was (hash), optionally the text.
struct ReportTextRef
{
    QString path;     ///< absolute path when imported
    QString fileName;
    int year = 0;
    QString language; ///< "zh" or "en"
    QString encoding; ///< as detected or chosen, e.g. "UTF-8", "GB18030"
    QString sha256;   ///< of the file's bytes, hex
    qint64 size = 0;  ///< bytes
    QString embeddedText; ///< the decoded text when the analyst chose to embed it; else empty

    bool operator==(const ReportTextRef &other) const = default;
};

} // namespace Annals
