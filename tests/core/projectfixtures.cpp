#include "projectfixtures.h"

#include "inputlimits.h"

#include <QCryptographicHash>

#include <limits>

namespace Annals {

namespace {

Observation observation(int year, std::optional<double> value, Vintage vintage,
                        const QString &growth, const QString &sourceId, const QString &note = {},
                        const QStringList &flags = {})
{
    Observation o;
    o.year = year;
    o.value = value;
    o.vintage = vintage;
    o.reportedGrowthPct = growth;
    o.sourceId = sourceId;
    o.note = note;
    o.flags = flags;
    return o;
}

DocumentCounts document(int year, const QString &name, const QString &language,
                        qint64 baseUnits, const QHash<QString, qint64> &counts,
                        const QStringList &notes = {})
{
    DocumentCounts d;
    d.year = year;
    d.document = name;
    d.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    d.language = language;
    d.baseUnits = baseUnits;
    d.counts = counts;
    d.notes = notes;
    return d;
}

// \a bytes with \a from replaced by \a to; aborts when \a from is not there (once).
QByteArray replaced(const QByteArray &bytes, const QByteArray &from, const QByteArray &to)
{
    if (bytes.count(from) != 1)
        qFatal("project fixture: expected \"%s\" once in the payload", from.constData());
    return QByteArray(bytes).replace(from, to);
}

QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

} // namespace

Project ProjectFixtures::goldenProject()
{
    // Figures from resources/example-extract.json; vintages, keyword counts, texts and
    // annotations are made up to give every field of the model a value.
    Project project;
    DatasetInfo &info = project.dataset.info;
    info.id = QStringLiteral("golden-v1");
    info.title = QStringLiteral("Serializer golden fixture (test data, partly made up)");
    info.country = QStringLiteral("CN");
    info.description = QStringLiteral("Line one\nline two\twith a tab, trailing space ");
    info.compiledBy = QStringLiteral("Annals tests");
    info.compiled = QStringLiteral("2026-11-28");
    info.caveats = {QStringLiteral("Not real data beyond the three example figures."),
                    QString(), QStringLiteral("  leading spaces")};

    project.dataset.sources = {
        {QStringLiteral("nbs-2023"), QStringLiteral("NBS: 2023 R&D communiqué"),
         QStringLiteral("National Bureau of Statistics of China"),
         QStringLiteral("https://www.stats.gov.cn/english/PressRelease/202410/"
                        "t20241014_1956904.html"),
         QStringLiteral("2024-10-02")},
        {QStringLiteral("helm-2024"), QStringLiteral("Vice-Minister of Finance on the 2024 "
                                                     "budget"),
         QStringLiteral("helm.news"), QString(), QString()},
    };

    Series total;
    total.id = QStringLiteral("rd_expenditure_total");
    total.nameEn = QStringLiteral("National R&D expenditure");
    total.nameZh = QStringLiteral("全国研究与试验发展(R&D)经费");
    total.unit = QStringLiteral("billion yuan");
    total.kind = SeriesKind::Amount;
    total.description = QStringLiteral("Gross domestic expenditure on R&D.");
    total.observations = {
        observation(2023, 3335.71, Vintage::Actual, QStringLiteral("8.4"),
                    QStringLiteral("nbs-2023"),
                    QStringLiteral("This is total R&D (\"3.3 trillion\"), not basic research."),
                    {QStringLiteral("total-rd-not-basic-research")}),
        observation(2023, std::nullopt, Vintage::Preliminary, QStringLiteral(">8"),
                    QStringLiteral("nbs-2023"), QStringLiteral("made up: growth only"),
                    {QStringLiteral("approximate"), QStringLiteral("low-confidence")}),
    };
    Series intensity;
    intensity.id = QStringLiteral("rd_intensity_pct_gdp");
    intensity.nameEn = QStringLiteral("R&D intensity");
    intensity.nameZh = QStringLiteral("研发经费投入强度");
    intensity.unit = QStringLiteral("% of GDP");
    intensity.kind = SeriesKind::Percent;
    intensity.observations = {
        observation(2023, 2.65, Vintage::Revised, QString(), QStringLiteral("nbs-2023"), {},
                    {QStringLiteral("revised-later")}),
    };
    Series budget;
    budget.id = QStringLiteral("central_st_expenditure");
    budget.nameEn = QStringLiteral("Central S&T expenditure");
    budget.nameZh = QStringLiteral("中央本级科学技术支出");
    budget.unit = QStringLiteral("billion yuan");
    budget.observations = {
        observation(2024, 370.8, Vintage::Budget, QStringLiteral("10"),
                    QStringLiteral("helm-2024"), {},
                    {QStringLiteral("growth-vs-previous-actual")}),
    };
    Series mentions;
    mentions.id = QStringLiteral("made_up_count");
    mentions.nameEn = QStringLiteral("A made-up count");
    mentions.unit = QStringLiteral("count");
    mentions.kind = SeriesKind::Count;
    mentions.description = QStringLiteral("with a NUL: ") + QChar(0) + QStringLiteral("!");
    mentions.observations = {
        observation(1954, 0.0, Vintage::Actual, QString(), QString()),
        observation(2025, InputLimits::maxValueMagnitude, Vintage::Actual, QString(),
                    QString(), QStringLiteral("😀 outside the BMP")),
    };
    project.dataset.series = {total, intensity, budget, mentions};

    // Format 2: targets vs outcomes and plan periods, one of each kind of value.
    TargetIndicator growth;
    growth.id = QStringLiteral("gdp_growth");
    growth.nameEn = QStringLiteral("GDP growth");
    growth.nameZh = QStringLiteral("国内生产总值增长");
    growth.unit = QStringLiteral("%");
    growth.kind = SeriesKind::Percent;
    growth.description = QStringLiteral("real, % on the previous year");
    project.dataset.targetIndicators = {growth};
    Target about;
    about.indicatorId = growth.id;
    about.year = 2015;
    about.kind = TargetKind::About;
    about.low = 7.0;
    about.high = 7.0;
    about.phrase = QStringLiteral("国内生产总值增长7%左右");
    about.source = QStringLiteral("gwr-2015-zh.txt");
    about.note = QStringLiteral("\"左右\": about");
    about.outcomes = {{OutcomeVintage::FirstRelease, 6.9, QStringLiteral("gwr-2016-zh.txt"),
                       QString()},
                      {OutcomeVintage::Revised, 7.0, QStringLiteral("nbs"),
                       QStringLiteral("revised 2016")}};
    Target range;
    range.indicatorId = growth.id;
    range.year = 2016;
    range.kind = TargetKind::Range;
    range.low = 6.5;
    range.high = 7.0;
    range.phrase = QStringLiteral("6.5%－7%");
    Target none;
    none.indicatorId = growth.id;
    none.year = 2020;
    project.dataset.targets = {about, range, none};
    Period plan;
    plan.plan = 13;
    plan.nameEn = QStringLiteral("13th Five-Year Plan");
    plan.nameZh = QStringLiteral("第十三个五年规划");
    plan.firstYear = 2016;
    plan.lastYear = 2020;
    plan.rdIntensityTargetPct = 2.5;
    plan.targetSource = QStringLiteral("plan outline");
    plan.note = QStringLiteral("R&D intensity 2.5% by 2020");
    Period unplanned;
    unplanned.plan = 14;
    unplanned.nameEn = QStringLiteral("14th Five-Year Plan");
    unplanned.firstYear = 2021;
    unplanned.lastYear = 2025;
    project.dataset.periods = {plan, unplanned};

    KeywordCounts &keywords = project.dataset.keywords;
    keywords.rule = QStringLiteral("made up for the test");
    keywords.generator = QStringLiteral("tst_projectserializer");
    keywords.vocabulary = {
        {QStringLiteral("科技"), QStringLiteral("science & technology"), {},
         QStringLiteral("#1f77b4")},
        {QStringLiteral("创新"), QStringLiteral("innovation"), {}, QString()},
        {QStringLiteral("self-reliance"), QStringLiteral("group"),
         {QStringLiteral("自立自强"), QStringLiteral("自主创新")}, QStringLiteral("#d62728")},
    };
    keywords.documents = {
        document(2023, QStringLiteral("gwr-2023-zh.txt"), QStringLiteral("zh"), 19876,
                 {{QStringLiteral("科技"), 41}, {QStringLiteral("创新"), 37},
                  {QStringLiteral("self-reliance"), 5}}),
        document(2024, QStringLiteral("gwr-2024-zh.txt"), QStringLiteral("zh"), 20311,
                 {{QStringLiteral("科技"), 45}, {QStringLiteral("创新"), 0}}),
        document(2024, QStringLiteral("gwr-2024-en.txt"), QStringLiteral("en"), 15002,
                 {{QStringLiteral("创新"), InputLimits::maxCount}},
                 {QStringLiteral("A note, with \"quotes\" and 中文.")}),
    };

    ReportTextRef embedded;
    embedded.path = QStringLiteral("/home/analyst/reports/gwr-2024-zh.txt");
    embedded.fileName = QStringLiteral("gwr-2024-zh.txt");
    embedded.year = 2024;
    embedded.language = QStringLiteral("zh");
    embedded.encoding = QStringLiteral("GB18030");
    embedded.sha256 = QStringLiteral("ab").repeated(32);
    embedded.size = 61234;
    embedded.embeddedText = QStringLiteral("政府工作报告\r\n\n  各位代表：\t科技创新 12 34\n");
    ReportTextRef linked;
    linked.path = QStringLiteral("C:\\Reports\\gwr 2023.txt");
    linked.fileName = QStringLiteral("gwr 2023.txt");
    linked.year = 2023;
    linked.language = QStringLiteral("en");
    linked.encoding = QStringLiteral("UTF-8");
    linked.sha256 = QStringLiteral("0123456789abcdef").repeated(4);
    linked.size = 0;
    project.texts = {embedded, linked};

    project.annotations = {
        {2018, 2018, QStringLiteral("export controls"), QStringLiteral("a single year"),
         QStringLiteral("#ff7f0e")},
        {2020, 2022, QStringLiteral("range"), QString(), QString()},
    };

    ViewState &view = project.view;
    view.firstYear = 2000;
    view.lastYear = 2025;
    view.selectedYear = 2023;
    view.shownKeywords = {QStringLiteral("科技"), QStringLiteral("self-reliance")};
    view.keywordMeasure = KeywordMeasure::RelativeChange;
    view.hiddenPlots = {QStringLiteral("rd_intensity_pct_gdp")};
    view.shownOptionalPlots = {QStringLiteral("made_up_count"), QString()};
    view.logarithmic = true;
    view.windowGeometry = everyByte();
    view.windowState = QByteArray("\0\0\0\xff state", 10);
    view.brushFirstYear = 2021;
    view.brushLastYear = 2024;
    view.stopList = QStringLiteral("# the analyst's\n各位代表\n/二十届.中全会/");
    view.showPlanPeriods = false;
    view.judgeRevisedOutcomes = true;
    view.targetTolerance = 0.25;
    ChartLayout spending;
    spending.kind = QStringLiteral("spending");
    spending.columnIds = {QStringLiteral("figure/gdp/actual")};
    spending.mode = FigureTransform::Mode::Index;
    spending.baseYear = 2015;
    ChartLayout custom;
    custom.title = QStringLiteral("Jobs 就业");
    custom.columnIds = {QStringLiteral("figure/new_urban_jobs_mn/actual"),
                        QStringLiteral("growth/gdp/actual/actual")};
    custom.mode = FigureTransform::Mode::ChangeFromPrevious;
    ChartLayout keywordChart;
    keywordChart.kind = QStringLiteral("keywords");
    view.charts = {spending, custom, keywordChart};
    return project;
}

Project ProjectFixtures::goldenProjectViewRecord2()
{
    Project project = goldenProject();
    project.view.charts.clear();
    return project;
}

Project ProjectFixtures::goldenProjectFormat1()
{
    Project project = goldenProjectViewRecord2();
    project.dataset.targetIndicators.clear();
    project.dataset.targets.clear();
    project.dataset.periods.clear();
    project.view.brushFirstYear = 0;
    project.view.brushLastYear = 0;
    project.view.stopList.reset();
    project.view.showPlanPeriods = true;
    project.view.judgeRevisedOutcomes = false;
    project.view.targetTolerance = 0.2;
    return project;
}

Project ProjectFixtures::goldenProjectFirstRecords()
{
    Project project = goldenProjectFormat1();
    for (DocumentCounts &document : project.dataset.keywords.documents)
        document.notes.clear();
    return project;
}

Project ProjectFixtures::smallProject()
{
    Project project;
    project.dataset.info.title = QStringLiteral("small");
    project.dataset.sources = {{QStringLiteral("s"), QStringLiteral("S"), {}, {}, {}}};
    Series series;
    series.id = QStringLiteral("x");
    series.observations = {observation(2020, 1.5, Vintage::Budget, QStringLiteral("2"),
                                       QStringLiteral("s"), {}, {QStringLiteral("f")}),
                           observation(2021, std::nullopt, Vintage::Actual, {}, {})};
    project.dataset.series = {series};
    project.dataset.keywords.vocabulary = {{QStringLiteral("g"), {}, {QStringLiteral("m")}, {}}};
    project.dataset.keywords.documents = {
        document(2020, QStringLiteral("d"), QStringLiteral("zh"), 9,
                 {{QStringLiteral("科技"), 1}, {QStringLiteral("g"), 2}})};
    ReportTextRef text;
    text.embeddedText = QStringLiteral("t");
    project.texts = {text};
    project.annotations = {{2020, 2021, QStringLiteral("a"), {}, {}}};
    project.view.shownKeywords = {QStringLiteral("g")};
    project.view.windowState = QByteArray("\x01", 1);
    return project;
}

QByteArray ProjectFixtures::wrap(const QByteArray &payload, int format,
                                 const QByteArray &writer)
{
    // Written independently of ProjectSerializer, from resources/project-format.md.
    return "ANNALS-PROJECT\nformat: " + QByteArray::number(format) + "\nwritten-by: " + writer
           + "\npayload-length: " + QByteArray::number(payload.size()) + "\npayload-sha256: "
           + QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex() + '\n'
           + payload;
}

QByteArray ProjectFixtures::payloadOf(const QByteArray &file)
{
    qsizetype position = 0;
    for (int line = 0; line < 5 && position >= 0; ++line) {
        position = file.indexOf('\n', position);
        if (position >= 0)
            ++position;
    }
    return position < 0 ? QByteArray() : file.mid(position);
}

QList<ProjectFixtureFile> ProjectFixtures::invalidFiles(const QByteArray &golden)
{
    const QByteArray payload = payloadOf(golden);
    const QByteArray boost = "22 serialization::archive 18 ";
    QByteArray damagedPayload = golden;
    damagedPayload[damagedPayload.size() - 10] = 'X'; // inside the window state's Base64
    // The last field is the window state, as a Base64 text.
    const QByteArray badBase64 = replaced(payload, "16 AAAA/yBzdGF0ZQ==", "16 AAAA/yBz!!!!ZQ==");
    // In the 2024 Chinese document, "创新" becomes a second "科技" (both are 6 UTF-8 bytes).
    const QByteArray duplicateKey = replaced(payload, " 2 6 创新 0 6 科技 45",
                                             " 2 6 科技 0 6 科技 45");
    // The kind of the fourth series ("count" unit), 2 = SeriesKind::Count, becomes 9.
    const QByteArray unknownKind = replaced(payload, " 5 count 2 14 with a NUL",
                                            " 5 count 9 14 with a NUL");
    // The largest figure and count a reader takes (InputLimits), one step past each, and a
    // count for a term the vocabulary does not hold.
    const QByteArray maxValue = " 4831355200913801216 "; // 1e15 as IEEE 754 bits
    const QByteArray valueTooLarge = replaced(payload, maxValue, " 4831355200913801217 ");
    const QByteArray maxCount = " 6 创新 9007199254740992 ";
    const QByteArray countTooLarge = replaced(payload, maxCount, " 6 创新 9007199254740993 ");
    const QByteArray unknownTerm = replaced(payload, maxCount, " 5 novel 7 ");

    return {
        {QStringLiteral("not-a-project.annals"), "PK\x03\x04 this is a zip file\n"},
        {QStringLiteral("empty.annals"), QByteArray()},
        {QStringLiteral("newer-format.annals"),
         wrap("a future payload", 3, QByteArrayLiteral("Annals 0.9.0"))},
        {QStringLiteral("bad-format-line.annals"),
         replaced(golden, "format: 1\n", "format: one\n")},
        {QStringLiteral("truncated.annals"), golden.left(golden.size() - 100)},
        {QStringLiteral("truncated-in-header.annals"), golden.left(30)},
        {QStringLiteral("trailing-bytes.annals"), golden + "extra"},
        {QStringLiteral("checksum-mismatch.annals"), damagedPayload},
        // Below: hostile payloads wrapped in a correct header, so every check up to the
        // checksum passes and only the archive checks stand between them and Boost.
        {QStringLiteral("string-length-4g.annals"), wrap(boost + "1 1 1 4000000000 abc\n")},
        {QStringLiteral("list-count-500m.annals"),
         wrap(boost + "1 1 1 0  0  0  0  0  0  500000000 0 0\n")},
        {QStringLiteral("wrong-record-version.annals"), wrap(boost + "1 7 1 0  0 \n")},
        {QStringLiteral("garbage-after-archive-header.annals"),
         wrap(boost + "\xff\xfe garbage\n")},
        {QStringLiteral("pointer-payload-52.annals"),
         wrap("22 serialization::archive0 0 0 0 0 0 0 0 0 0 0 0 7 7")},
        {QStringLiteral("archive-header-length-4g.annals"),
         wrap("4000000000 serialization::archive 18 1 1 1\n")},
        {QStringLiteral("archive-library-99.annals"),
         wrap("22 serialization::archive 99 1 1 1\n")},
        {QStringLiteral("data-ends-inside-text.annals"), wrap(payload.left(payload.size() / 2))},
        {QStringLiteral("data-ends-early.annals"),
         wrap(payload.left(payload.indexOf(" 2 1 2018 2018 15 export controls")))},
        {QStringLiteral("data-after-project.annals"), wrap(payload + " 1 2 3\n")},
        {QStringLiteral("unknown-enum-value.annals"), wrap(unknownKind)},
        {QStringLiteral("duplicate-count-key.annals"), wrap(duplicateKey)},
        {QStringLiteral("bad-base64.annals"), wrap(badBase64)},
        {QStringLiteral("value-too-large.annals"), wrap(valueTooLarge)},
        {QStringLiteral("count-too-large.annals"), wrap(countTooLarge)},
        {QStringLiteral("count-for-unknown-term.annals"), wrap(unknownTerm)},
    };
}

} // namespace Annals
