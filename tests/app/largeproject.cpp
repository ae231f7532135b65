#include "largeproject.h"

#include "datasetloader.h"

namespace Annals {

namespace {

constexpr int textCount = 40;
constexpr int charactersPerText = 200 * 1000; // 3 bytes each in UTF-8

// Report-like text: common Han characters, punctuation and line breaks, from a fixed generator.
QString generatedText(int variant, int index)
{
    static const QString alphabet = QStringLiteral(
        "科技创新发展经济社会建设改革开放推进实施加强坚持人民政府工作报告国家产业企业市场"
        "研究基础教育人才资金投入提高质量全面深化，。；");
    quint32 state = quint32(variant * 7919 + index * 104729 + 1);
    QString text(charactersPerText, Qt::Uninitialized);
    QChar *out = text.data();
    for (int i = 0; i < charactersPerText; ++i) {
        state = state * 1664525u + 1013904223u; // LCG: fast, fixed
        out[i] = (i % 61 == 60) ? QChar(u'\n') : alphabet.at(int(state >> 24) % alphabet.size());
    }
    return text;
}

} // namespace

Project LargeProject::make(int variant)
{
    Project project;
    const Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    if (!dataset)
        qFatal("embedded dataset: %s", qPrintable(dataset.error().toString()));
    project.dataset = dataset.value();
    for (int i = 0; i < textCount; ++i) {
        ReportTextRef text;
        text.year = 1980 + i;
        text.fileName = QStringLiteral("gwr-%1-zh.txt").arg(text.year);
        text.path = QStringLiteral("/reports/") + text.fileName;
        text.language = QStringLiteral("zh");
        text.encoding = QStringLiteral("UTF-8");
        text.embeddedText = generatedText(variant, i);
        text.size = 3 * charactersPerText; // every character takes 3 bytes in UTF-8
        // Unique and well-formed; hashing 24 MB would only slow every round of the test.
        text.sha256 = QStringLiteral("%1").arg(variant * 1000 + i, 64, 10, QLatin1Char('0'));
        project.texts.append(text);
    }
    project.annotations.append({2018, 2019, QStringLiteral("variant %1").arg(variant),
                                QStringLiteral("crash test"), QStringLiteral("#aa3300")});
    return project;
}

} // namespace Annals
