// Writes the benchmark's projects: the embedded dataset with KEYWORDS generated Chinese
// keywords (counts in every Chinese report, from a fixed generator) over 1954–2025, of which
// the first min(KEYWORDS, InputLimits::maxShownKeywords) are shown: a project never shows
// more, so a 200-keyword vocabulary charts 100 lines.
//
// Usage: annals-benchproject KEYWORDS OUTPUT.annals

#include "inputlimits.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "projectserializer.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdio>

using namespace Annals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    bool ok = false;
    const int keywords = arguments.size() == 3 ? arguments.at(1).toInt(&ok) : 0;
    if (!ok || keywords < 1 || keywords > 1000) {
        std::fprintf(stderr, "usage: annals-benchproject KEYWORDS(1-1000) OUTPUT.annals\n");
        return 2;
    }
    Result<Project> embedded = ProjectLoader::embeddedProject();
    if (!embedded) {
        std::fprintf(stderr, "%s\n", qPrintable(embedded.error().toString()));
        return 1;
    }
    Project project = embedded.value();
    KeywordCounts &counts = project.dataset.keywords;
    QSet<QString> known;
    for (const KeywordTerm &term : std::as_const(counts.vocabulary))
        known.insert(term.term);

    static const QString alphabet = QStringLiteral(
        "科技创新发展经济社会建设改革开放推进实施加强坚持人民政府工作报告国家产业企业市场"
        "研究基础教育人才资金投入提高质量全面深化");
    QStringList terms;
    for (int i = 0; i < alphabet.size() && terms.size() < keywords; ++i) {
        for (int j = 0; j < alphabet.size() && terms.size() < keywords; ++j) {
            const QString term = QString(alphabet.at(i)) + alphabet.at((i + j + 1)
                                                                       % alphabet.size());
            if (known.contains(term))
                continue;
            known.insert(term);
            terms.append(term);
        }
    }
    quint32 state = 2026;
    for (const QString &term : std::as_const(terms)) {
        counts.vocabulary.append(KeywordTerm{term, QString(), {}, QString()});
        for (DocumentCounts &document : counts.documents) {
            state = state * 1664525u + 1013904223u; // LCG: fixed
            if (document.language == QLatin1String("zh"))
                document.counts.insert(term, qint64(state >> 26)); // 0..63
        }
    }
    project.view.shownKeywords = terms.mid(0, InputLimits::maxShownKeywords);
    project.view.firstYear = 1954;
    project.view.lastYear = 2025;
    project.view.selectedYear = 2000;
    const Result<void> written = ProjectSerializer::writeFile(project, arguments.at(2));
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
        return 1;
    }
    return 0;
}
