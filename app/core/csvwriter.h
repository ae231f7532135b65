#pragma once

#include <QString>
#include <QStringList>

namespace Annals {

/// Builds RFC 4180 CSV text: fields with commas, quotes or line breaks are quoted.
class CsvWriter
{
public:
    void addRow(const QStringList &fields);
    const QString &text() const { return m_text; }

    static QString quoted(const QString &field);

private:
    QString m_text;
};

} // namespace Annals
