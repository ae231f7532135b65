#include "sampledataset.h"

#include "observationflag.h"

namespace Annals {

namespace {

Observation observation(int year, std::optional<double> value, Vintage vintage,
                        const QString &source, const QString &growth = QString(),
                        const QStringList &flags = {})
{
    Observation result;
    result.year = year;
    result.value = value;
    result.vintage = vintage;
    result.sourceId = source;
    result.reportedGrowthPct = growth;
    result.flags = flags;
    return result;
}

} // namespace

Dataset SampleDataset::make()
{
    Dataset dataset;
    dataset.info.title = QStringLiteral("sample");
    dataset.sources = {{QStringLiteral("a"), QStringLiteral("Source A"), QString(),
                        QStringLiteral("https://a.example/"), QString()},
                       {QStringLiteral("b"), QStringLiteral("Source B"), QString(),
                        QStringLiteral("https://b.example/"), QString()}};
    Series spending{QStringLiteral("central_st_expenditure"), QStringLiteral("Central S&T"),
                    QStringLiteral("中央本级科学技术支出"), QStringLiteral("billion yuan"),
                    SeriesKind::Amount, QString(), {}, {}};
    spending.observations = {
        observation(2022, 318.7, Vintage::Actual, QStringLiteral("a")),
        observation(2023, 328.0, Vintage::Budget, QStringLiteral("a"), QStringLiteral("2")),
        observation(2024, 370.8, Vintage::Budget, QStringLiteral("a"), QStringLiteral("10")),
        observation(2024, 379.8, Vintage::Budget, QStringLiteral("b"), QStringLiteral("10"),
                    {ObservationFlag::doNotChart()}),
        observation(2024, 361.9, Vintage::Actual, QStringLiteral("b")),
        observation(2019, std::nullopt, Vintage::Budget, QStringLiteral("b"),
                    QStringLiteral(">13")),
    };
    dataset.series.append(spending);

    dataset.keywords.rule = QStringLiteral("substring count");
    dataset.keywords.vocabulary = {{QStringLiteral("科技"), QStringLiteral("S&T"), {}, {}}};
    DocumentCounts y2018{2018, QStringLiteral("gwr-2018-zh.txt"), {}, QStringLiteral("zh"),
                         20000, {{QStringLiteral("科技"), 30}}, {}};
    DocumentCounts y2024{2024, QStringLiteral("gwr-2024-zh.txt"), {}, QStringLiteral("zh"),
                         16000, {{QStringLiteral("科技"), 28}}, {}};
    dataset.keywords.documents = {y2018, y2024};
    return dataset;
}

} // namespace Annals
