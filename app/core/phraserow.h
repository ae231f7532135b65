#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Annals {

/// One new or dropped phrase of a report year (see PhraseFinder).
struct PhraseRow
{
    enum class Status { New, Dropped };

    int year = 0;        ///< the report year Y the row is about
    QString phrase;      ///< as in the text; English lower-cased but acronyms (GDP)
    Status status = Status::New;
    int count = 0;       ///< occurrences in Y (new) or in the report before Y (dropped)
    /// New: the later reports' years that use it. Dropped: the earlier years that used it
    /// (the report before Y included).
    QList<int> years;
    QString firstSentence; ///< the sentence of its first occurrence, for display
    QString reportPath;    ///< the report counted: Y's (new) or the previous one (dropped)
    qsizetype offset = -1; ///< the first occurrence in that report's text (UTF-16 units)
    qsizetype length = 0;

    static QString statusName(Status status)
    {
        return status == Status::New ? QStringLiteral("new") : QStringLiteral("dropped");
    }
    /// years as "2022 2023 2024", the way the command line and the panel list them.
    QString yearsText() const
    {
        QStringList parts;
        for (int year : years)
            parts.append(QString::number(year));
        return parts.join(QLatin1Char(' '));
    }
    bool operator==(const PhraseRow &other) const = default;
};

} // namespace Annals
