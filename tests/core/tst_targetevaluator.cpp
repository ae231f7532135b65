#include "datasetloader.h"
#include "targetevaluator.h"

#include <QtTest>

using namespace Annals;

Q_DECLARE_METATYPE(Annals::Target)

namespace {

Target target(TargetKind kind, std::optional<double> low, std::optional<double> high)
{
    Target result;
    result.indicatorId = QStringLiteral("x");
    result.year = 2015;
    result.kind = kind;
    result.low = low;
    result.high = high;
    return result;
}

TargetOutcome outcome(OutcomeVintage vintage, double value)
{
    TargetOutcome result;
    result.vintage = vintage;
    result.value = value;
    return result;
}

const Target *findTarget(const Dataset &dataset, const QString &indicator, int year)
{
    for (const Target &candidate : dataset.targets) {
        if (candidate.indicatorId == indicator && candidate.year == year)
            return &candidate;
    }
    return nullptr;
}

} // namespace

class TestTargetEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgesEveryCoding_data();
    void judgesEveryCoding();
    void choosesTheVintage_data();
    void choosesTheVintage();
    void judgesTheEmbeddedTargets_data();
    void judgesTheEmbeddedTargets();
};

void TestTargetEvaluator::judgesEveryCoding_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<TargetStatus>("status");
    QTest::addColumn<std::optional<double>>("gap");

    using K = TargetKind;
    using S = TargetStatus;
    const std::optional<double> none;
    const auto v = [](double value) { return std::optional<double>(value); };
    const Target about = target(K::About, 7, 7);
    QTest::newRow("about, exactly") << about << v(7) << 0.2 << S::Met << v(0);
    QTest::newRow("about, 6.9 vs 7") << about << v(6.9) << 0.2 << S::Near << v(-0.1);
    QTest::newRow("about, tolerance edge below") << about << v(6.8) << 0.2 << S::Near << v(-0.2);
    QTest::newRow("about, tolerance edge above") << about << v(7.2) << 0.2 << S::Near << v(0.2);
    QTest::newRow("about, past the tolerance") << about << v(7.21) << 0.2 << S::Missed
                                               << v(0.21);
    QTest::newRow("about, far above") << about << v(9.1) << 0.2 << S::Missed << v(2.1);
    QTest::newRow("about, tolerance 0") << about << v(6.9) << 0.0 << S::Missed << v(-0.1);
    QTest::newRow("about, wider tolerance") << about << v(6.5) << 0.5 << S::Near << v(-0.5);
    QTest::newRow("about, pending") << about << none << 0.2 << S::Pending << none;

    const Target point = target(K::Point, 8, 8);
    QTest::newRow("point, exactly") << point << v(8) << 0.2 << S::Met << v(0);
    QTest::newRow("point, 0.1 off is not near") << point << v(7.9) << 0.2 << S::Missed
                                                << v(-0.1);
    QTest::newRow("point, above") << point << v(8.8) << 0.2 << S::Missed << v(0.8);

    const Target atLeast = target(K::AtLeast, 10, std::nullopt);
    QTest::newRow("at least, exactly at the floor") << atLeast << v(10) << 0.2 << S::Met << v(0);
    QTest::newRow("at least, above") << atLeast << v(13.12) << 0.2 << S::Met << v(0);
    QTest::newRow("at least, below") << atLeast << v(9.7) << 0.2 << S::Missed << v(-0.3);
    QTest::newRow("at least, pending") << atLeast << none << 0.2 << S::Pending << none;

    const Target atMost = target(K::AtMost, std::nullopt, 4.6);
    QTest::newRow("at most, exactly at the ceiling") << atMost << v(4.6) << 0.2 << S::Met << v(0);
    QTest::newRow("at most, below") << atMost << v(4.1) << 0.2 << S::Met << v(0);
    QTest::newRow("at most, above") << atMost << v(4.8) << 0.2 << S::Missed << v(0.2);

    const Target range = target(K::Range, 6.5, 7);
    QTest::newRow("range, inside") << range << v(6.7) << 0.2 << S::Met << v(0);
    QTest::newRow("range, at the low end") << range << v(6.5) << 0.2 << S::Met << v(0);
    QTest::newRow("range, at the high end") << range << v(7) << 0.2 << S::Met << v(0);
    QTest::newRow("range, below") << range << v(6.4) << 0.2 << S::Missed << v(-0.1);
    QTest::newRow("range, above") << range << v(7.3) << 0.2 << S::Missed << v(0.3);

    const Target noTarget = target(K::None, std::nullopt, std::nullopt);
    QTest::newRow("none, with an outcome") << noTarget << v(2.3) << 0.2 << S::NoTarget << none;
    QTest::newRow("none, without") << noTarget << none << 0.2 << S::NoTarget << none;
}

void TestTargetEvaluator::judgesEveryCoding()
{
    QFETCH(Target, target);
    QFETCH(std::optional<double>, value);
    QFETCH(double, tolerance);
    QFETCH(TargetStatus, status);
    QFETCH(std::optional<double>, gap);
    if (value)
        target.outcomes.append(outcome(OutcomeVintage::FirstRelease, *value));
    const TargetEvaluator evaluator(TargetEvaluator::Preference::FirstRelease, tolerance);
    const TargetEvaluation evaluation = evaluator.evaluate(target);
    QCOMPARE(targetStatusId(evaluation.status), targetStatusId(status));
    QCOMPARE(evaluation.gap, gap);
    QCOMPARE(evaluation.outcome.has_value(), value.has_value());
}

void TestTargetEvaluator::choosesTheVintage_data()
{
    QTest::addColumn<QStringList>("vintages");
    QTest::addColumn<bool>("preferRevised");
    QTest::addColumn<QString>("judged");

    const QStringList all = {"first_release", "final", "revised"};
    QTest::newRow("first of all three") << all << false << "first_release";
    QTest::newRow("revised of all three") << all << true << "revised";
    QTest::newRow("first, only revised: falls back") << QStringList{"revised"} << false
                                                     << "revised";
    QTest::newRow("revised, only first: falls back") << QStringList{"first_release"} << true
                                                     << "first_release";
    QTest::newRow("first, final before revised") << QStringList{"revised", "final"} << false
                                                 << "final";
    QTest::newRow("revised, final before first") << QStringList{"first_release", "final"}
                                                 << true << "final";
    QTest::newRow("nothing") << QStringList() << true << QString();
}

void TestTargetEvaluator::choosesTheVintage()
{
    QFETCH(QStringList, vintages);
    QFETCH(bool, preferRevised);
    QFETCH(QString, judged);
    Target about = target(TargetKind::About, 7, 7);
    for (const QString &id : std::as_const(vintages))
        about.outcomes.append(outcome(*outcomeVintageFromId(id), 7));
    TargetEvaluator evaluator;
    QCOMPARE(evaluator.preference(), TargetEvaluator::Preference::FirstRelease);
    QCOMPARE(evaluator.tolerance(), 0.2);
    if (preferRevised)
        evaluator.setPreference(TargetEvaluator::Preference::Revised);
    const TargetOutcome *chosen = evaluator.judgedOutcome(about);
    QCOMPARE(chosen ? outcomeVintageId(chosen->vintage) : QString(), judged);
}

void TestTargetEvaluator::judgesTheEmbeddedTargets_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("preferRevised");
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("outcome");
    QTest::addColumn<std::optional<double>>("gap");

    const auto v = [](double value) { return std::optional<double>(value); };
    QTest::newRow("GDP 2015, 6.9 vs 7%左右") << "gdp_growth" << 2015 << false << "near" << 6.9
                                            << v(-0.1);
    QTest::newRow("GDP 2015 revised, 7.0") << "gdp_growth" << 2015 << true << "met" << 7.0
                                           << v(0);
    QTest::newRow("GDP 2016 range") << "gdp_growth" << 2016 << false << "met" << 6.7 << v(0);
    QTest::newRow("GDP 2020, no target") << "gdp_growth" << 2020 << false << "no-target" << 2.3
                                         << std::optional<double>();
    QTest::newRow("R&D intensity, 11th plan") << "rd_intensity_pct" << 2010 << false << "missed"
                                              << 1.76 << v(-0.24);
    QTest::newRow("R&D intensity, 12th plan") << "rd_intensity_pct" << 2015 << false << "missed"
                                              << 2.07 << v(-0.13);
    QTest::newRow("R&D intensity, 13th plan") << "rd_intensity_pct" << 2020 << false << "missed"
                                              << 2.4 << v(-0.1);
    QTest::newRow("R&D growth 2021, at least 7") << "rd_spending_growth_pct" << 2021 << false
                                                 << "met" << 14.6 << v(0);
    QTest::newRow("jobs 2024, at least 12 mn") << "new_urban_jobs_mn" << 2024 << false << "met"
                                               << 12.56 << v(0);
    QTest::newRow("CPI 2007, at most 3") << "cpi" << 2007 << false << "missed" << 4.8 << v(1.8);
}

void TestTargetEvaluator::judgesTheEmbeddedTargets()
{
    QFETCH(QString, indicator);
    QFETCH(int, year);
    QFETCH(bool, preferRevised);
    QFETCH(QString, status);
    QFETCH(double, outcome);
    QFETCH(std::optional<double>, gap);
    const Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    QVERIFY(dataset.ok());
    const Target *found = findTarget(dataset.value(), indicator, year);
    QVERIFY(found);
    const TargetEvaluator evaluator(preferRevised ? TargetEvaluator::Preference::Revised
                                                  : TargetEvaluator::Preference::FirstRelease);
    const TargetEvaluation evaluation = evaluator.evaluate(*found);
    QCOMPARE(targetStatusId(evaluation.status), status);
    QVERIFY(evaluation.outcome);
    QCOMPARE(evaluation.outcome->value, outcome);
    QCOMPARE(evaluation.gap, gap);
}

QTEST_GUILESS_MAIN(TestTargetEvaluator)
#include "tst_targetevaluator.moc"
