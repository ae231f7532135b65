#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Annals {

class YearAppendix;

/// The "keywords in context" section of the details panel, and the links it holds.
class KeywordContextsHtml
{
    Q_DECLARE_TR_FUNCTIONS(Annals::KeywordContextsHtml)

public:
    /*!
     * For each report of the appendix's year whose text is available: its sentences holding
     * the shown keywords, the hit highlighted, with its line and a link to the report viewer.
     * Reports without a text get a line saying how to add it; empty when no keyword is shown.
     */
    static QString build(const YearAppendix &appendix);

    /// "annals:report?sha=…&offset=…&length=…"
    static QUrl reportLink(const QString &sha256, qsizetype offset, qsizetype length);
    static bool parseReportLink(const QUrl &url, QString *sha256, qsizetype *offset,
                                qsizetype *length);
};

} // namespace Annals
