#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Annals {

struct Project;

/// The "keywords in context" section of the details panel, and the links it holds.
class KeywordContextsHtml
{
    Q_DECLARE_TR_FUNCTIONS(Annals::KeywordContextsHtml)

public:
    /*!
     * For each report of \a year whose text is available: up to \a maxPerKeyword sentences
     * per shown keyword, the hit highlighted, with its line and a link to the report viewer.
     * Reports without a text get a line saying how to add it.
     */
    static QString build(const Project &project, int year, const QStringList &keywords,
                         int maxPerKeyword = 6);

    /// "annals:report?sha=…&offset=…&length=…"
    static QUrl reportLink(const QString &sha256, qsizetype offset, qsizetype length);
    static bool parseReportLink(const QUrl &url, QString *sha256, qsizetype *offset,
                                qsizetype *length);
};

} // namespace Annals
