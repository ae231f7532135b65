// What the details panel shows of a year, as data, over the embedded dataset. The expected
// figures are those of ../shared/data (plans.csv, targets.csv), which the embedded extract
// is built from: e.g. the 13th plan (2016–2020) aimed at R&D intensity 2.5% by 2020 and
// reached 2.40% (final communiqué).

#include "datasetloader.h"
#include "projectloader.h"
#include "reporttextreader.h"
#include "textlibrary.h"
#include "yearappendix.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace Annals;

namespace {

const QString sharedCorpus = QStringLiteral(ANNALS_SHARED_DIR "/corpus/");

// No value: NaN in the rows (a QFETCH cannot hold an optional).
constexpr double none = std::numeric_limits<double>::quiet_NaN();

std::optional<double> given(double value)
{
    return std::isnan(value) ? std::nullopt : std::optional<double>(value);
}

std::optional<double> rounded(std::optional<double> value)
{
    if (!value)
        return value;
    return std::round(*value * 1e6) / 1e6;
}

ReportTextRef refOf(const QString &path)
{
    const Result<ReportText> text = ReportTextReader::read(path);
    if (!text)
        return {};
    return ReportTextReader::reference(text.value());
}

const TargetEvaluator firstRelease(TargetEvaluator::Preference::FirstRelease);
const TargetEvaluator revised(TargetEvaluator::Preference::Revised);

} // namespace

class TestYearAppendix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void namesThePlanOfTheYear_data();
    void namesThePlanOfTheYear();
    void judgesThePlanTargetAsTheEvaluatorSays_data();
    void judgesThePlanTargetAsTheEvaluatorSays();
    void judgesTheTargetsOfTheYear_data();
    void judgesTheTargetsOfTheYear();
    void saysWhereATargetPhraseIs_data();
    void saysWhereATargetPhraseIs();
    void keepsTheAnnotationsCoveringTheYear_data();
    void keepsTheAnnotationsCoveringTheYear();
    void saysWhyAReportHasNoContexts_data();
    void saysWhyAReportHasNoContexts();
    void findsTheShownKeywordsInContext();
    void carriesTheDatasetNotes();

private:
    Project m_project;
};

void TestYearAppendix::initTestCase()
{
    const Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    QVERIFY(dataset.ok());
    m_project = ProjectLoader::newProject(dataset.value());
}

void TestYearAppendix::cleanup()
{
    TextLibrary::clearCache();
}

void TestYearAppendix::namesThePlanOfTheYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("judgeRevised");
    QTest::addColumn<int>("plan"); // 0: no plan holds the year
    QTest::addColumn<QString>("planName");
    QTest::addColumn<int>("firstYear");
    QTest::addColumn<int>("lastYear");
    QTest::addColumn<bool>("hasPlanTarget");
    QTest::addColumn<double>("targetPct");
    QTest::addColumn<double>("outcomePct");
    QTest::addColumn<QString>("outcomeVintage");
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("gap");

    // plans.csv row 13 and targets.csv rd_intensity_pct 2020: 2.5 aimed, 2.4 final (the
    // targets list has no revised outcome: the revised judgement falls back to final).
    for (int year : {2016, 2018, 2020}) {
        for (bool judgeRevised : {false, true}) {
            QTest::addRow("%d%s", year, judgeRevised ? ", revised" : "")
                << year << judgeRevised << 13 << "13th Five-Year Plan" << 2016 << 2020 << true
                << 2.5 << 2.4 << "final" << "missed" << -0.1;
        }
    }
    QTest::newRow("2012") << 2012 << false << 12 << "12th Five-Year Plan" << 2011 << 2015
                          << true << 2.2 << 2.07 << "final" << "missed" << -0.13;
    QTest::newRow("2006") << 2006 << false << 11 << "11th Five-Year Plan" << 2006 << 2010
                          << true << 2.0 << 1.76 << "final" << "missed" << -0.24;
    // The 14th plan set no numeric intensity target; the MOST minister's 2.8% for 2025.
    QTest::newRow("2022") << 2022 << false << 14 << "14th Five-Year Plan" << 2021 << 2025
                          << true << none << 2.8 << "first_release" << "no-target" << none;
    // Plans before the 11th have no intensity target in the data.
    QTest::newRow("2003") << 2003 << false << 10 << "10th Five-Year Plan" << 2001 << 2005
                          << false << none << none << "" << "" << none;
    // Between the 2nd plan (1958–1962) and the 3rd (1966–1970).
    QTest::newRow("1965") << 1965 << false << 0 << "" << 0 << 0 << false << none << none << ""
                          << "" << none;
    QTest::newRow("no year") << 0 << false << 0 << "" << 0 << 0 << false << none << none << ""
                             << "" << none;
}

void TestYearAppendix::namesThePlanOfTheYear()
{
    QFETCH(int, year);
    QFETCH(bool, judgeRevised);
    QFETCH(int, plan);
    QFETCH(QString, planName);
    QFETCH(int, firstYear);
    QFETCH(int, lastYear);
    QFETCH(bool, hasPlanTarget);
    QFETCH(double, targetPct);
    QFETCH(double, outcomePct);
    QFETCH(QString, outcomeVintage);
    QFETCH(QString, status);
    QFETCH(double, gap);

    const YearAppendix appendix = YearAppendix::build(m_project, year,
                                                      judgeRevised ? revised : firstRelease,
                                                      {});
    QCOMPARE(appendix.year, year);
    QCOMPARE(appendix.plan.has_value(), plan > 0);
    if (appendix.plan) {
        QCOMPARE(appendix.plan->plan, plan);
        QCOMPARE(appendix.plan->nameEn, planName);
        QCOMPARE(appendix.plan->firstYear, firstYear);
        QCOMPARE(appendix.plan->lastYear, lastYear);
    }
    QCOMPARE(appendix.planTarget.has_value(), hasPlanTarget);
    if (!appendix.planTarget)
        return;
    const PlanTarget &target = *appendix.planTarget;
    QCOMPARE(target.period.plan, plan);
    QCOMPARE(target.target.indicatorId, PlanTarget::indicatorId());
    QCOMPARE(target.target.year, lastYear); // judged in the plan's last year
    QCOMPARE(target.target.low, given(targetPct));
    QVERIFY(target.evaluation.outcome);
    QCOMPARE(target.evaluation.outcome->value, outcomePct);
    QCOMPARE(outcomeVintageId(target.evaluation.outcome->vintage), outcomeVintage);
    QCOMPARE(targetStatusId(target.evaluation.status), status);
    QCOMPARE(rounded(target.evaluation.gap), given(gap));
}

void TestYearAppendix::judgesThePlanTargetAsTheEvaluatorSays_data()
{
    QTest::addColumn<bool>("judgeRevised");
    QTest::addColumn<double>("outcome");
    QTest::addColumn<QString>("outcomeVintage");
    QTest::addColumn<double>("gap");

    QTest::newRow("first release") << false << 2.4 << "final" << -0.1;
    QTest::newRow("revised") << true << 2.41 << "revised" << -0.09;
}

void TestYearAppendix::judgesThePlanTargetAsTheEvaluatorSays()
{
    QFETCH(bool, judgeRevised);
    QFETCH(double, outcome);
    QFETCH(QString, outcomeVintage);
    QFETCH(double, gap);

    // The revised 2020 intensity, 2.41% (plans.csv, 13th plan; NBS, January 2022), which
    // the targets list leaves out, added to the 13th plan's target.
    Project project = m_project;
    auto target = std::find_if(project.dataset.targets.begin(), project.dataset.targets.end(),
                               [](const Target &candidate) {
                                   return candidate.indicatorId == PlanTarget::indicatorId()
                                          && candidate.year == 2020;
                               });
    QVERIFY(target != project.dataset.targets.end());
    QVERIFY(!target->outcome(OutcomeVintage::Revised));
    target->outcomes.append({OutcomeVintage::Revised, 2.41,
                             QStringLiteral("http://www.stats.gov.cn/english/PressRelease/"
                                            "202201/t20220127_1827065.html"),
                             QString()});
    const YearAppendix appendix = YearAppendix::build(project, 2018,
                                                      judgeRevised ? revised : firstRelease,
                                                      {});
    QVERIFY(appendix.planTarget);
    const TargetEvaluation &evaluation = appendix.planTarget->evaluation;
    QVERIFY(evaluation.outcome);
    QCOMPARE(evaluation.outcome->value, outcome);
    QCOMPARE(outcomeVintageId(evaluation.outcome->vintage), outcomeVintage);
    QCOMPARE(evaluation.status, TargetStatus::Missed);
    QCOMPARE(rounded(evaluation.gap), given(gap));
}

void TestYearAppendix::judgesTheTargetsOfTheYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("judgeRevised");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("outcome");
    QTest::addColumn<QString>("outcomeVintage");
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("gap");

    // targets.csv, the 2018 rows (Government Work Report 2018, outcomes from 2019's).
    QTest::newRow("2018 GDP growth") << 2018 << false << "gdp_growth" << "about" << 6.5 << 6.5
                                     << 6.6 << "first_release" << "near" << 0.1;
    QTest::newRow("2018 GDP growth, revised") << 2018 << true << "gdp_growth" << "about" << 6.5
                                              << 6.5 << 6.7 << "revised" << "near" << 0.2;
    QTest::newRow("2018 CPI") << 2018 << false << "cpi" << "about" << 3.0 << 3.0 << 2.1
                              << "first_release" << "missed" << -0.9;
    QTest::newRow("2018 new urban jobs") << 2018 << false << "new_urban_jobs_mn" << "at-least"
                                         << 11.0 << none << 13.61 << "first_release" << "met"
                                         << 0.0;
    QTest::newRow("2018 registered unemployment")
        << 2018 << false << "registered_unemployment_pct" << "at-most" << none << 4.5 << none
        << "" << "pending" << none;
    QTest::newRow("2018 surveyed unemployment")
        << 2018 << false << "surveyed_unemployment_pct" << "at-most" << none << 5.5 << 5.0
        << "first_release" << "met" << 0.0;
    // The 13th plan's intensity target, among the 2020 targets.
    QTest::newRow("2020 R&D intensity") << 2020 << false << "rd_intensity_pct" << "point"
                                        << 2.5 << 2.5 << 2.4 << "final" << "missed" << -0.1;
    QTest::newRow("2016 GDP growth") << 2016 << false << "gdp_growth" << "range" << 6.5 << 7.0
                                     << 6.7 << "first_release" << "met" << 0.0;
}

void TestYearAppendix::judgesTheTargetsOfTheYear()
{
    QFETCH(int, year);
    QFETCH(bool, judgeRevised);
    QFETCH(QString, indicator);
    QFETCH(QString, kind);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, outcome);
    QFETCH(QString, outcomeVintage);
    QFETCH(QString, status);
    QFETCH(double, gap);

    const TargetEvaluator &evaluator = judgeRevised ? revised : firstRelease;
    const YearAppendix appendix = YearAppendix::build(m_project, year, evaluator, {});
    // Every target of the year, in the dataset's order, and no other.
    QList<const Target *> expected;
    for (const Target &target : m_project.dataset.targets) {
        if (target.year == year)
            expected.append(&target);
    }
    QCOMPARE(appendix.targets.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(appendix.targets.at(i).target, *expected.at(i));

    const auto line = std::find_if(appendix.targets.cbegin(), appendix.targets.cend(),
                                   [&](const YearAppendix::TargetLine &candidate) {
                                       return candidate.target.indicatorId == indicator;
                                   });
    QVERIFY(line != appendix.targets.cend());
    QCOMPARE(targetKindId(line->target.kind), kind);
    QCOMPARE(line->target.low, given(low));
    QCOMPARE(line->target.high, given(high));
    QCOMPARE(line->indicatorName, m_project.dataset.targetIndicatorName(indicator));
    QVERIFY(!line->indicatorName.isEmpty() && line->indicatorName != indicator);
    QCOMPARE(line->unit, m_project.dataset.targetIndicator(indicator)->unit);
    const TargetEvaluation &evaluation = line->evaluation;
    QCOMPARE(evaluation.outcome.has_value(), !std::isnan(outcome));
    if (evaluation.outcome) {
        QCOMPARE(evaluation.outcome->value, outcome);
        QCOMPARE(outcomeVintageId(evaluation.outcome->vintage), outcomeVintage);
    }
    QCOMPARE(targetStatusId(evaluation.status), status);
    QCOMPARE(rounded(evaluation.gap), given(gap));
    // As the Targets view judges it.
    QCOMPARE(evaluation, evaluator.evaluate(line->target));
}

void TestYearAppendix::saysWhereATargetPhraseIs_data()
{
    QTest::addColumn<bool>("imported");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("missingFile");

    // tests/data/target-report holds the lines of the 2016 report with its phrases.
    QTest::newRow("2016 GDP, report imported")
        << true << "gdp_growth" << 2016 << true << "";
    QTest::newRow("2016 GDP, not imported")
        << false << "gdp_growth" << 2016 << false << "gwr-2016-zh.txt";
    QTest::newRow("13th plan target, imported")
        << true << "rd_intensity_pct" << 2020 << true << "";
    // Quoted from a web page: nothing to import.
    QTest::newRow("11th plan target, from a URL")
        << true << "rd_intensity_pct" << 2010 << false << "";
}

void TestYearAppendix::saysWhereATargetPhraseIs()
{
    QFETCH(bool, imported);
    QFETCH(QString, indicator);
    QFETCH(int, year);
    QFETCH(bool, found);
    QFETCH(QString, missingFile);

    Project project = m_project;
    const QString path = QFINDTESTDATA("../data/target-report/gwr-2016-zh.txt");
    QVERIFY(!path.isEmpty());
    if (imported)
        project.texts.append(refOf(path));
    const YearAppendix appendix = YearAppendix::build(project, year, firstRelease, {});
    const auto line = std::find_if(appendix.targets.cbegin(), appendix.targets.cend(),
                                   [&](const YearAppendix::TargetLine &candidate) {
                                       return candidate.target.indicatorId == indicator;
                                   });
    QVERIFY(line != appendix.targets.cend());
    QVERIFY(!line->target.phrase.isEmpty());
    QVERIFY(line->report);
    QCOMPARE(line->report->found(), found);
    QCOMPARE(line->report->missingFile, missingFile);
    QCOMPARE(line->report->reason.isEmpty(), found);
    if (found) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(line->report->offset, text.indexOf(line->target.phrase));
        QCOMPARE(line->report->length, line->target.phrase.size());
        QCOMPARE(line->report->fileName, QStringLiteral("gwr-2016-zh.txt"));
    }
    // A target without a phrase is not looked up.
    const YearAppendix early = YearAppendix::build(project, 1990, firstRelease, {});
    QVERIFY(!early.targets.isEmpty());
    QVERIFY(early.targets.first().target.phrase.isEmpty());
    QVERIFY(!early.targets.first().report);
}

void TestYearAppendix::keepsTheAnnotationsCoveringTheYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("labels");

    QTest::newRow("before") << 2014 << QStringList();
    QTest::newRow("first year of a span") << 2015 << QStringList{"span"};
    QTest::newRow("inside a span, and a single year")
        << 2018 << QStringList{"span", "single"};
    QTest::newRow("last year of a span") << 2019 << QStringList{"span"};
    QTest::newRow("after") << 2020 << QStringList();
    QTest::newRow("no year") << 0 << QStringList();
}

void TestYearAppendix::keepsTheAnnotationsCoveringTheYear()
{
    QFETCH(int, year);
    QFETCH(QStringList, labels);

    Project project = m_project;
    project.annotations = {{2015, 2019, QStringLiteral("span"), QString(), QString()},
                           {2018, 2018, QStringLiteral("single"), QString(), QString()},
                           {2021, 2022, QStringLiteral("later"), QString(), QString()}};
    const YearAppendix appendix = YearAppendix::build(project, year, firstRelease, {});
    QStringList found;
    for (const Annotation &annotation : appendix.annotations)
        found.append(annotation.label);
    QCOMPARE(found, labels);
}

void TestYearAppendix::saysWhyAReportHasNoContexts_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<bool>("importedElsewhere");
    QTest::addColumn<bool>("asked");
    QTest::addColumn<int>("reports");
    QTest::addColumn<int>("state");

    const QStringList keywords{QStringLiteral("科技"), QStringLiteral("创新")};
    const int missing = int(YearAppendix::ReportContexts::State::TextMissing);
    const int unreadable = int(YearAppendix::ReportContexts::State::TextUnreadable);
    QTest::newRow("no keyword shown") << 2018 << QStringList() << false << false << 0 << 0;
    QTest::newRow("no year") << 0 << keywords << false << false << 0 << 0;
    // keyword_counts.csv: no 2020 report in the corpus.
    QTest::newRow("no report counted") << 2020 << keywords << false << true << 0 << 0;
    QTest::newRow("text not imported") << 2018 << keywords << false << true << 1 << missing;
    QTest::newRow("text gone from its path") << 2018 << keywords << true << true << 1
                                             << unreadable;
}

void TestYearAppendix::saysWhyAReportHasNoContexts()
{
    QFETCH(int, year);
    QFETCH(QStringList, keywords);
    QFETCH(bool, importedElsewhere);
    QFETCH(bool, asked);
    QFETCH(int, reports);
    QFETCH(int, state);

    Project project = m_project;
    if (importedElsewhere) {
        // The counted text, recorded at a path where it no longer is.
        for (const DocumentCounts &document : project.dataset.keywords.documents) {
            if (document.year != year)
                continue;
            ReportTextRef ref;
            ref.path = QDir::temp().filePath(QStringLiteral("annals-gone/") + document.document);
            ref.fileName = document.document;
            ref.year = year;
            ref.sha256 = document.sha256;
            project.texts.append(ref);
        }
    }
    const YearAppendix appendix = YearAppendix::build(project, year, firstRelease, keywords);
    QCOMPARE(appendix.keywordContexts.has_value(), asked);
    if (!asked)
        return;
    QCOMPARE(appendix.keywordContexts->size(), reports);
    if (reports == 0)
        return;
    const YearAppendix::ReportContexts &report = appendix.keywordContexts->first();
    QCOMPARE(report.document, QStringLiteral("gwr-%1-zh.txt").arg(year));
    QVERIFY(!report.sha256.isEmpty());
    QCOMPARE(int(report.state), state);
    QVERIFY(report.contexts.isEmpty());
    if (report.state == YearAppendix::ReportContexts::State::TextUnreadable)
        QVERIFY2(report.error.toString().contains(QStringLiteral("gwr-2018-zh.txt")),
                 qPrintable(report.error.toString()));
}

void TestYearAppendix::findsTheShownKeywordsInContext()
{
    const QString path = sharedCorpus + QStringLiteral("gwr-2018-zh.txt");
    if (!QFile::exists(path))
        QSKIP("../shared/corpus is not available");
    Project project = m_project;
    project.texts.append(refOf(path));
    const QStringList keywords{QStringLiteral("科技"), QStringLiteral("人工智能")};
    const int maxPerKeyword = 3;
    const YearAppendix appendix = YearAppendix::build(project, 2018, firstRelease, keywords,
                                                      maxPerKeyword);
    QVERIFY(appendix.keywordContexts);
    QCOMPARE(appendix.keywordContexts->size(), 1);
    const YearAppendix::ReportContexts &report = appendix.keywordContexts->first();
    QCOMPARE(report.state, YearAppendix::ReportContexts::State::Hits);
    QCOMPARE(report.sha256, project.texts.last().sha256);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QHash<QString, int> perKeyword;
    qsizetype previous = -1;
    for (const YearAppendix::ContextLine &line : report.contexts) {
        const KeywordContext &context = line.context;
        QVERIFY(keywords.contains(context.keyword));
        ++perKeyword[context.keyword];
        QVERIFY(context.offset > previous); // by offset
        previous = context.offset;
        QCOMPARE(context.sentence.mid(context.hitStart, context.hitLength), context.keyword);
        QCOMPARE(line.line, int(QStringView(text).left(context.offset).count(u'\n')) + 1);
    }
    // 科技 is in the 2018 report far more than three times; every keyword found is capped.
    QCOMPARE(perKeyword.value(QStringLiteral("科技")), maxPerKeyword);
    for (int count : std::as_const(perKeyword))
        QVERIFY(count <= maxPerKeyword);
}

void TestYearAppendix::carriesTheDatasetNotes()
{
    const DatasetInfo &info = m_project.dataset.info;
    QVERIFY(!info.description.isEmpty() && !info.caveats.isEmpty());
    for (int year : {0, 1965, 2018}) {
        const YearAppendix appendix = YearAppendix::build(m_project, year, firstRelease, {});
        QCOMPARE(appendix.notes.description, info.description);
        QCOMPARE(appendix.notes.caveats, info.caveats);
        QCOMPARE(appendix.notes.keywordRule, m_project.dataset.keywords.rule);
    }
    QVERIFY(!m_project.dataset.keywords.rule.isEmpty());
    // Nothing but the notes without a year.
    const YearAppendix none = YearAppendix::build(m_project, 0, firstRelease,
                                                  m_project.view.shownKeywords);
    QVERIFY(!none.plan && !none.planTarget && none.targets.isEmpty()
            && none.annotations.isEmpty() && !none.keywordContexts);
}

QTEST_GUILESS_MAIN(TestYearAppendix)
#include "tst_yearappendix.moc"
