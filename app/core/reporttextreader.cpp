#include "reporttextreader.h"

#include "datafile.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Annals {

namespace {

// Full-width digits (some reports use them) read as ASCII digits.
QString withAsciiDigits(QStringView text)
{
    QString result = text.toString();
    for (QChar &c : result) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    }
    return result;
}

int yearIn(const QRegularExpressionMatch &match)
{
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

Result<ReportText> ReportTextReader::read(const QString &path, TextDecoder::Encoding encoding)
{
    Result<QByteArray> bytes = readDataFile(path, maxFileBytes);
    if (!bytes)
        return bytes.error();
    if (bytes.value().isEmpty()) {
        // Counted, it would replace the counts of its year with zeros.
        return Error::inFile(path, QCoreApplication::translate("Annals::ReportTextReader",
                                                               "the file is empty"));
    }
    TextDecoder::Encoding used = encoding;
    Result<QString> text = TextDecoder::decode(bytes.value(), encoding, path, &used);
    if (!text)
        return text.error();
    ReportText report;
    report.path = path;
    report.fileName = QFileInfo(path).fileName();
    report.encoding = TextDecoder::encodingName(used);
    report.text = std::move(text).value();
    report.sha256 = QString::fromLatin1(Sha256::hash(bytes.value()).toHex());
    report.year = yearFromFileName(report.fileName);
    if (report.year == 0)
        report.year = yearFromText(report.text);
    report.language = detectLanguage(report.text);
    return report;
}

ReportTextRef ReportTextReader::reference(const ReportText &text, bool embedText)
{
    const QFileInfo file(text.path);
    ReportTextRef ref;
    ref.path = file.absoluteFilePath();
    ref.fileName = text.fileName;
    ref.year = text.year;
    ref.language = text.language;
    ref.encoding = text.encoding;
    ref.sha256 = text.sha256;
    ref.size = file.size();
    if (embedText)
        ref.embeddedText = text.text;
    return ref;
}

int ReportTextReader::yearFromFileName(const QString &fileName)
{
    static const QRegularExpression year(QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])"));
    return yearIn(year.match(withAsciiDigits(fileName)));
}

int ReportTextReader::yearFromText(QStringView text)
{
    QStringList lines;
    qsizetype start = 0;
    while (lines.size() < 5 && start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QString line = withAsciiDigits(text.sliced(start, end - start)).trimmed();
        if (!line.isEmpty())
            lines.append(line);
        start = end + 1;
    }
    // A full date is the report's own date; a bare year line a title page; any other year
    // in the first lines (e.g. "2023年工作回顾") is only a last resort.
    static const QRegularExpression date(
        QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})\\s*年\\s*[0-9]{1,2}\\s*月"));
    static const QRegularExpression bare(QStringLiteral("^\\D{0,3}((?:19|20)[0-9]{2})\\D{0,3}$"));
    static const QRegularExpression any(QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])"));
    for (const QRegularExpression *pattern : {&date, &bare, &any}) {
        for (const QString &line : lines) {
            if (const int year = yearIn(pattern->match(line)))
                return year;
        }
    }
    return 0;
}

QString ReportTextReader::languageFor(qint64 hanCharacters, qint64 latinLetters)
{
    return hanCharacters * 3 >= latinLetters ? QStringLiteral("zh") : QStringLiteral("en");
}

QString ReportTextReader::detectLanguage(QStringView text)
{
    qint64 han = 0;
    qint64 letters = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x4E00 && u <= 0x9FFF)
            ++han;
        else if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
            ++letters;
    }
    return languageFor(han, letters);
}

QStringList ReportTextReader::listReportFiles(const QString &folder)
{
    const QDir dir(folder);
    QStringList files;
    // Unreadable files, pipes and devices are listed too: their reader refuses them by name
    // instead of the folder quietly counting fewer reports.
    const QStringList names = dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.TXT")},
                                            QDir::Files | QDir::System, QDir::Name);
    for (const QString &name : names)
        files.append(dir.filePath(name));
    return files;
}

} // namespace Annals
