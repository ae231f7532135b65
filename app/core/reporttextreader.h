#pragma once

#include "inputlimits.h"
#include "reporttext.h"
#include "reporttextref.h"
#include "result.h"
#include "textdecoder.h"

#include <QStringList>

namespace Annals {

/*!
 * \brief Reads report texts (Government Work Reports and the like) and tells their year and
 * language.
 *
 * The year comes from the file name ("gwr-2024-zh.txt", "2024年政府工作报告.txt": the first
 * stand-alone four-digit number from 1900 to 2099), else from the first five non-empty lines
 * (a date such as "——2024年3月5日在…", or a line holding just a year). The language is "zh"
 * when Han characters are at least a third as many as ASCII letters, else "en".
 */
class ReportTextReader
{
public:
    /// Report files are read whole; larger ones are refused (they are counted by streaming).
    static constexpr qint64 maxFileBytes = InputLimits::maxReportTextBytes;

    static Result<ReportText> read(const QString &path,
                                   TextDecoder::Encoding encoding = TextDecoder::Encoding::Auto);
    /// What a project keeps of a text read(): its absolute path, file size and what was
    /// detected; the text itself only when \a embedText.
    static ReportTextRef reference(const ReportText &text, bool embedText = false);

    /// 0 when the name holds no year.
    static int yearFromFileName(const QString &fileName);
    /// The year stated at the top of a report, 0 when none is found.
    static int yearFromText(QStringView text);
    static QString languageFor(qint64 hanCharacters, qint64 latinLetters);
    static QString detectLanguage(QStringView text);
    /// The *.txt files directly inside \a folder, sorted by name.
    static QStringList listReportFiles(const QString &folder);
};

} // namespace Annals
