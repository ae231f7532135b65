#include "csvtable.h"

#include <QCoreApplication>

namespace Annals {

namespace {

// The translation context of this file's messages.
class CsvTableText
{
    Q_DECLARE_TR_FUNCTIONS(Annals::CsvTable)
};

} // namespace

Result<CsvTable> parseCsv(const QString &text, const QString &fileName)
{
    CsvTable table;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;

    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const qsizetype size = text.size();

    const auto finishRecord = [&]() -> Result<void> {
        fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        const bool blank = fields.size() == 1 && fields.first().isEmpty();
        if (!blank) {
            if (table.header.isEmpty()) {
                table.header = fields;
            } else if (fields.size() != table.header.size()) {
                return Error::atLine(fileName, recordLine,
                                     CsvTableText::tr(
                                         "expected %1 fields as in the header, found %2")
                                         .arg(table.header.size())
                                         .arg(fields.size()));
            } else {
                table.records.append({recordLine, fields});
            }
        }
        fields.clear();
        return {};
    };

    for (; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return Error::atLine(fileName, line,
                                     CsvTableText::tr("a quote may only start a field"));
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (Result<void> finished = finishRecord(); !finished)
                return finished.error();
            ++line;
            recordLine = line;
        } else {
            if (fieldWasQuoted)
                return Error::atLine(fileName, line,
                                     CsvTableText::tr("unexpected text after a closing quote"));
            field += c;
        }
    }
    if (inQuotes)
        return Error::atLine(fileName, quoteLine,
                             CsvTableText::tr("a quoted field is never closed"));
    if (!field.isEmpty() || !fields.isEmpty() || fieldWasQuoted) {
        if (Result<void> finished = finishRecord(); !finished)
            return finished.error();
    }
    if (table.header.isEmpty())
        return Error::inFile(fileName,
                             CsvTableText::tr("the file is empty; expected a header line"));
    return table;
}

} // namespace Annals
