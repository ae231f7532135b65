// A project may not hold what a reader refuses (issue 10, "One set of rules and limits"): each
// row breaks one rule of the readers in an otherwise valid project, and checks that the
// validator names the field and that a file holding it does not open. The golden project
// holds the largest figure and count readers take, and must keep opening.

#include "projectfixtures.h"
#include "projectserializer.h"
#include "projectvalidator.h"
#include "sampledataset.h"

#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace Annals;

using Change = std::function<void(Project &)>;
Q_DECLARE_METATYPE(Change)

class TestProjectValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsTheSampleAndTheGoldenProject();
    void refusesWhatReadersRefuse_data();
    void refusesWhatReadersRefuse();
};

namespace {

// The problem ProjectValidator finds, or "" when there is none.
QString problemOf(const Project &project)
{
    const Result<void> checked = ProjectValidator::check(project);
    return checked ? QString() : checked.error().toString();
}

Project sampleProject()
{
    Project project;
    project.dataset = SampleDataset::make();
    project.view.shownKeywords = {QStringLiteral("科技")};
    return project;
}

Series &spending(Project &project)
{
    return project.dataset.series.first();
}

// One indicator, an "about" target with an outcome, and two plans, all valid.
void addTargets(Project &project)
{
    TargetIndicator growth;
    growth.id = QStringLiteral("gdp_growth");
    growth.nameEn = QStringLiteral("GDP growth");
    growth.unit = QStringLiteral("%");
    growth.kind = SeriesKind::Percent;
    project.dataset.targetIndicators = {growth};
    Target about;
    about.indicatorId = growth.id;
    about.year = 2015;
    about.kind = TargetKind::About;
    about.low = about.high = 7.0;
    about.phrase = QStringLiteral("国内生产总值增长7%左右");
    about.outcomes = {TargetOutcome{OutcomeVintage::FirstRelease, 6.9, {}, {}}};
    project.dataset.targets = {about};
    Period eleventh;
    eleventh.plan = 11;
    eleventh.nameEn = QStringLiteral("11th Five-Year Plan");
    eleventh.firstYear = 2006;
    eleventh.lastYear = 2010;
    Period twelfth = eleventh;
    twelfth.plan = 12;
    twelfth.firstYear = 2011;
    twelfth.lastYear = 2015;
    project.dataset.periods = {eleventh, twelfth};
}

Target &firstTarget(Project &project)
{
    addTargets(project);
    return project.dataset.targets.first();
}

} // namespace

void TestProjectValidator::acceptsTheSampleAndTheGoldenProject()
{
    QCOMPARE(problemOf(sampleProject()), QString());
    QCOMPARE(problemOf(ProjectFixtures::goldenProject()), QString());
    Project withTargets = sampleProject();
    addTargets(withTargets);
    QCOMPARE(problemOf(withTargets), QString());
    // Dataset record 2 keeps targets and periods.
    const Result<Project> loaded = ProjectSerializer::load(ProjectSerializer::save(withTargets),
                                                           QString());
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value() == withTargets);
    QCOMPARE(loaded.value().dataset.targets.first().outcomes.first().value, 6.9);
}

void TestProjectValidator::refusesWhatReadersRefuse_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("about target without high")
        << Change([](Project &p) { firstTarget(p).high.reset(); })
        << "dataset.targets.entries[0].high"
        << "a target of kind \"about\" needs \"low\" and \"high\", equal";
    QTest::newRow("target of an unknown indicator")
        << Change([](Project &p) { firstTarget(p).indicatorId = QStringLiteral("gnp"); })
        << "dataset.targets.entries[0].indicator"
        << "\"gnp\" is not the id of any target indicator";
    QTest::newRow("outcome NaN")
        << Change([](Project &p) {
               firstTarget(p).outcomes[0].value = std::numeric_limits<double>::quiet_NaN();
           })
        << "dataset.targets.entries[0].outcomes[0].value" << "expected a finite number, found nan";
    QTest::newRow("target indicator kind does not fit its unit")
        << Change([](Project &p) {
               addTargets(p);
               p.dataset.targetIndicators[0].kind = SeriesKind::Amount;
           })
        << "dataset.targets.indicators[0].unit" << "\"%\" does not fit the kind \"amount\"";
    QTest::newRow("overlapping plans")
        << Change([](Project &p) {
               addTargets(p);
               p.dataset.periods[1].firstYear = 2010;
           })
        << "dataset.periods[1].start"
        << "2010–2015 overlaps plan 11 (2006–2010); a year belongs to one period at most";
    QTest::newRow("unknown unit")
        << Change([](Project &p) { spending(p).unit = QStringLiteral("furlongs"); })
        << "dataset.series[0].unit"
        << "\"furlongs\" is not a unit Annals knows; expected e.g. \"billion yuan\", "
           "\"% of GDP\" or \"count\"";
    QTest::newRow("kind does not fit the unit")
        << Change([](Project &p) { spending(p).kind = SeriesKind::Percent; })
        << "dataset.series[0].kind" << "\"percent\" does not fit the unit \"billion yuan\"";
    QTest::newRow("breaks out of order")
        << Change([](Project &p) { spending(p).breaks = {2015, 2013}; })
        << "dataset.series[0].breaks"
        << "2013 follows 2015; expected years in ascending order without repeats";
    QTest::newRow("break before 1900")
        << Change([](Project &p) { spending(p).breaks = {-7}; }) << "dataset.series[0].breaks"
        << "year -7 is outside 1900–2100";
    QTest::newRow("exact duplicate observation")
        << Change([](Project &p) {
               spending(p).observations.append(spending(p).observations.first());
           })
        << "dataset.series[0].observations[6]"
        << "repeats an earlier observation (same year, vintage, value and source)";
    QTest::newRow("series name of 30,000 characters")
        << Change([](Project &p) { spending(p).nameEn = QString(30000, QLatin1Char('R')); })
        << "dataset.series[0].nameEn"
        << "30000 characters; Annals reads names and units of at most 200 characters";
    QTest::newRow("negative base")
        << Change([](Project &p) { p.dataset.keywords.documents[1].baseUnits = -1; })
        << "dataset.keywords.documents[1].baseUnits"
        << "expected a whole number from 0 to 2^53, found -1";
    QTest::newRow("invalid colour")
        << Change([](Project &p) {
               p.dataset.keywords.vocabulary[0].color = QStringLiteral("red");
           })
        << "dataset.keywords.vocabulary[0].color" << "expected a colour as #rrggbb";
    QTest::newRow("negative count")
        << Change([](Project &p) {
               p.dataset.keywords.documents[0].counts.insert(QStringLiteral("科技"), -3);
           })
        << "dataset.keywords.documents[0].counts.科技"
        << "expected a whole number from 0 to 2^53, found -3";
    QTest::newRow("count of 2^63-1")
        << Change([](Project &p) {
               p.dataset.keywords.documents[0].counts.insert(
                   QStringLiteral("科技"), std::numeric_limits<qint64>::max());
           })
        << "dataset.keywords.documents[0].counts.科技"
        << "expected a whole number from 0 to 2^53, found 9223372036854775807";
    QTest::newRow("count for a term outside the vocabulary")
        << Change([](Project &p) {
               p.dataset.keywords.documents[0].counts.insert(QStringLiteral("novel"), 1);
           })
        << "dataset.keywords.documents[0].counts.novel" << "not in the vocabulary";
    QTest::newRow("tolerance of NaN")
        << Change([](Project &p) { p.view.targetTolerance = std::nan(""); })
        << "view.targetTolerance" << "expected 0 to 5 percentage points, found nan";
    QTest::newRow("stop-list with a bad pattern")
        << Change([](Project &p) { p.view.stopList = QStringLiteral("/(/"); })
        << "view.stopList" << "line 1: missing closing parenthesis";
    QTest::newRow("brushed range backwards")
        << Change([](Project &p) {
               p.view.brushFirstYear = 2020;
               p.view.brushLastYear = 2010;
           })
        << "view.brushLastYear" << "2010 is before the first year 2020";
    QTest::newRow("figure of DBL_MAX")
        << Change([](Project &p) {
               spending(p).observations[0].value = std::numeric_limits<double>::max();
           })
        << "dataset.series[0].observations[0].value"
        << "1.7976931348623157e+308 is out of range; Annals reads values of at most 10^15 in "
           "magnitude";
    QTest::newRow("gloss of 30,000 characters")
        << Change([](Project &p) {
               p.dataset.keywords.vocabulary[0].gloss = QString(30000, QLatin1Char('g'));
           })
        << "dataset.keywords.vocabulary[0].gloss"
        << "a gloss of 30000 characters; Annals reads glosses of at most 200";
    QTest::newRow("bad language")
        << Change([](Project &p) {
               p.dataset.keywords.documents[0].language = QStringLiteral("fr");
           })
        << "dataset.keywords.documents[0].language" << "expected \"zh\" or \"en\"";
    QTest::newRow("negative text size")
        << Change([](Project &p) {
               ReportTextRef text;
               text.fileName = QStringLiteral("gwr-2024-zh.txt");
               text.year = 2024;
               text.size = -5;
               p.texts.append(text);
           })
        << "texts[0].size" << "-5 bytes; report texts hold 0 to 268435456";
    QTest::newRow("2,001 keywords")
        << Change([](Project &p) {
               for (int i = 0; i < 2000; ++i)
                   p.dataset.keywords.vocabulary.append({QStringLiteral("k%1").arg(i), {}, {},
                                                         {}});
           })
        << "dataset.keywords.vocabulary"
        << "2001 entries; Annals opens projects with at most 2000";
    QTest::newRow("3,000 shown keywords")
        << Change([](Project &p) {
               for (int i = 0; i < 3000; ++i)
                   p.view.shownKeywords.append(QStringLiteral("k%1").arg(i));
           })
        << "view.shownKeywords" << "3001 entries; Annals opens projects with at most 100";
    QTest::newRow("a shown keyword twice")
        << Change([](Project &p) { p.view.shownKeywords.append(QStringLiteral("科技")); })
        << "view.shownKeywords[1]" << "\"科技\" is listed twice";
    const auto chart = [](const QString &kind) {
        ChartLayout layout;
        layout.kind = kind;
        return layout;
    };
    QTest::newRow("13 charts")
        << Change([chart](Project &p) { p.view.charts = QList<ChartLayout>(13, chart("custom")); })
        << "view.charts" << "13 entries; Annals opens projects with at most 12";
    QTest::newRow("unknown chart kind")
        << Change([chart](Project &p) { p.view.charts = {chart("pie")}; })
        << "view.charts[0].kind"
        << "expected one of spending, rd, keywords, custom, found \"pie\"";
    QTest::newRow("spending chart twice")
        << Change([chart](Project &p) {
               p.view.charts = {chart("spending"), chart("custom"), chart("spending")};
           })
        << "view.charts[2].kind" << "\"spending\" is listed twice";
    QTest::newRow("21 series on a chart")
        << Change([chart](Project &p) {
               ChartLayout layout = chart("custom");
               for (int i = 0; i < 21; ++i)
                   layout.columnIds.append(QStringLiteral("figure/s%1/actual").arg(i));
               p.view.charts = {layout};
           })
        << "view.charts[0].columnIds" << "21 entries; Annals opens projects with at most 20";
    QTest::newRow("series twice on a chart")
        << Change([chart](Project &p) {
               ChartLayout layout = chart("custom");
               layout.columnIds = {QStringLiteral("figure/a/actual"),
                                   QStringLiteral("figure/a/actual")};
               p.view.charts = {layout};
           })
        << "view.charts[0].columnIds[1]" << "\"figure/a/actual\" is listed twice";
    QTest::newRow("empty column id")
        << Change([chart](Project &p) {
               ChartLayout layout = chart("custom");
               layout.columnIds = {QString()};
               p.view.charts = {layout};
           })
        << "view.charts[0].columnIds[0]" << "expected a column id of 1 to 400 characters";
    QTest::newRow("base year 1066")
        << Change([chart](Project &p) {
               ChartLayout layout = chart("spending");
               layout.mode = FigureTransform::Mode::Index;
               layout.baseYear = 1066;
               p.view.charts = {layout};
           })
        << "view.charts[0].baseYear" << "year 1066 is outside 1900–2100";
    QTest::newRow("chart title of 201 characters")
        << Change([chart](Project &p) {
               ChartLayout layout = chart("custom");
               layout.title = QString(201, QLatin1Char('t'));
               p.view.charts = {layout};
           })
        << "view.charts[0].title" << "201 characters; at most 200";
    QTest::newRow("control characters are escaped")
        << Change([](Project &p) {
               spending(p).unit = QStringLiteral("\x1b[2J") + QString(100, QLatin1Char('u'));
           })
        << "dataset.series[0].unit"
        << "\"\\u001B[2J" + QString(76, QLatin1Char('u'))
               + "…\" is not a unit Annals knows; expected e.g. \"billion yuan\", \"% of "
                 "GDP\" or \"count\"";
}

void TestProjectValidator::refusesWhatReadersRefuse()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Project project = sampleProject();
    change(project);
    const Result<void> checked = ProjectValidator::check(project);
    QVERIFY(!checked);
    QCOMPARE(checked.error().field, field);
    QCOMPARE(checked.error().message, message);
    QCOMPARE(checked.error().file, QString());

    // save() writes what it is given; load() must refuse it.
    const Result<Project> loaded = ProjectSerializer::load(ProjectSerializer::save(project),
                                                           QStringLiteral("crafted.annals"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().field, field);
}

QTEST_GUILESS_MAIN(TestProjectValidator)
#include "tst_projectvalidator.moc"
