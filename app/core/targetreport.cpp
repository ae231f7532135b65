#include "targetreport.h"

#include "textlibrary.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Annals {

namespace {

// The report year in a file name such as "gwr-2016-zh.txt"; 0 when it names none.
int yearInName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)"));
    const QRegularExpressionMatch match = pattern.match(name);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

TargetReport TargetReport::locate(const Project &project, const Target &target)
{
    TargetReport report;
    if (target.phrase.isEmpty()) {
        report.reason = tr("No target phrase to look up.");
        return report;
    }
    if (target.source.contains(QLatin1String("://")) || target.source.isEmpty()) {
        report.reason = tr("The phrase is quoted from %1, not from a report text.")
                            .arg(target.source.isEmpty() ? tr("an unnamed source")
                                                         : target.source);
        return report;
    }
    const QString sourceName = QFileInfo(target.source).fileName();
    report.year = yearInName(sourceName);
    QList<const ReportTextRef *> candidates;
    for (const ReportTextRef &ref : project.texts) {
        if (ref.fileName == sourceName)
            candidates.append(&ref);
    }
    for (const ReportTextRef &ref : project.texts) {
        if (report.year > 0 && ref.year == report.year && !candidates.contains(&ref))
            candidates.append(&ref);
    }
    if (candidates.isEmpty()) {
        report.missingFile = sourceName;
        report.reason = report.year > 0
                            ? tr("The %1 report (%2) is not imported. Import it with File ▸ "
                                 "Import Report Texts… to open it at this phrase.")
                                  .arg(report.year)
                                  .arg(sourceName)
                            : tr("The report %1 is not imported. Import it with File ▸ Import "
                                 "Report Texts… to open it at this phrase.")
                                  .arg(sourceName);
        return report;
    }
    for (const ReportTextRef *ref : std::as_const(candidates)) {
        const Result<QString> text = TextLibrary::load(*ref);
        if (!text) {
            report.reason = text.error().toString();
            continue;
        }
        const qsizetype offset = text.value().indexOf(target.phrase);
        if (offset < 0)
            continue;
        report.sha256 = ref->sha256;
        report.fileName = ref->fileName;
        report.year = ref->year;
        report.offset = offset;
        report.length = target.phrase.size();
        report.reason.clear();
        return report;
    }
    if (report.reason.isEmpty())
        report.reason = tr("The phrase is not in %1 word for word.")
                            .arg(candidates.first()->fileName);
    return report;
}

QUrl TargetReport::link(const Target &target)
{
    QUrl url;
    url.setScheme(QStringLiteral("annals"));
    url.setPath(QStringLiteral("target"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("indicator"), target.indicatorId);
    query.addQueryItem(QStringLiteral("year"), QString::number(target.year));
    url.setQuery(query);
    return url;
}

bool TargetReport::parseLink(const QUrl &url, QString *indicatorId, int *year)
{
    if (url.scheme() != QLatin1String("annals") || url.path() != QLatin1String("target"))
        return false;
    const QUrlQuery query(url);
    bool ok = false;
    *indicatorId = query.queryItemValue(QStringLiteral("indicator"));
    *year = query.queryItemValue(QStringLiteral("year")).toInt(&ok);
    return ok && !indicatorId->isEmpty();
}

} // namespace Annals
