// A Five-Year Plan's R&D-intensity target against the outcome: the numbers checked against
// ../shared/data (plans.csv and targets.csv, read here by hand), the status as the Targets
// view judges it, and a target the targets list lacks.

#include "csvtable.h"
#include "datafile.h"
#include "datasetloader.h"
#include "plantarget.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace Annals;

namespace {

const QString sharedData = QStringLiteral(ANNALS_SHARED_DIR "/data/");

CsvTable readShared(const QString &name)
{
    const Result<QByteArray> bytes = readDataFile(sharedData + name);
    if (!bytes)
        return {};
    const Result<CsvTable> table = parseCsv(QString::fromUtf8(bytes.value()), name);
    return table ? table.value() : CsvTable();
}

// The value of \a column in the first record whose \a keyColumn is \a key (and, if given,
// whose indicator is \a indicator).
QString field(const CsvTable &table, const QString &keyColumn, const QString &key,
              const QString &column, const QString &indicator = QString())
{
    const int keyIndex = table.columnIndex(keyColumn);
    const int valueIndex = table.columnIndex(column);
    const int indicatorIndex = table.columnIndex(QStringLiteral("indicator"));
    for (const CsvTable::Record &record : table.records) {
        if (record.fields.at(keyIndex) != key)
            continue;
        if (!indicator.isEmpty() && record.fields.at(indicatorIndex) != indicator)
            continue;
        return record.fields.at(valueIndex);
    }
    return {};
}

} // namespace

class TestPlanTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void judgesThePlansAsTheDataSays_data();
    void judgesThePlansAsTheDataSays();
    void saysWhenAPlanHasNoNumericTarget();
    void takesATargetFromThePeriodAlone();
    void findsPlansByNumberAndRange();

private:
    Dataset m_dataset;
};

void TestPlanTarget::initTestCase()
{
    const Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    QVERIFY(dataset.ok());
    m_dataset = dataset.value();
}

void TestPlanTarget::judgesThePlansAsTheDataSays_data()
{
    QTest::addColumn<int>("plan");
    QTest::addColumn<bool>("revised");
    for (int plan : {11, 12, 13}) {
        QTest::addRow("%dth, first release", plan) << plan << false;
        QTest::addRow("%dth, revised", plan) << plan << true;
    }
}

void TestPlanTarget::judgesThePlansAsTheDataSays()
{
    QFETCH(int, plan);
    QFETCH(bool, revised);
    if (!QFile::exists(sharedData + QStringLiteral("plans.csv")))
        QSKIP("../shared/data is not available");
    const CsvTable plans = readShared(QStringLiteral("plans.csv"));
    const CsvTable targets = readShared(QStringLiteral("targets.csv"));
    const QString number = QString::number(plan);
    const double targetPct
        = field(plans, QStringLiteral("plan"), number, QStringLiteral("rd_intensity_target_pct"))
              .toDouble();
    const QString lastYear = field(plans, QStringLiteral("plan"), number,
                                   QStringLiteral("end_year"));
    const double outcome = field(targets, QStringLiteral("year"), lastYear,
                                 QStringLiteral("outcome"), QStringLiteral("rd_intensity_pct"))
                               .toDouble();
    QVERIFY(targetPct > 0 && outcome > 0);

    const Period *period = PlanTarget::plan(m_dataset, plan);
    QVERIFY(period);
    const TargetEvaluator evaluator(revised ? TargetEvaluator::Preference::Revised
                                            : TargetEvaluator::Preference::FirstRelease);
    const std::optional<PlanTarget> judged = PlanTarget::find(m_dataset, *period, evaluator);
    QVERIFY(judged);
    QCOMPARE(judged->target.year, lastYear.toInt());
    QCOMPARE(judged->target.low, std::optional<double>(targetPct));
    QCOMPARE(period->rdIntensityTargetPct, std::optional<double>(targetPct));
    QVERIFY(judged->evaluation.outcome);
    QCOMPARE(judged->evaluation.outcome->value, outcome);
    // All three missed (the issue: 2.0 vs 1.76, 2.2 vs 2.07, 2.5 vs 2.40).
    QCOMPARE(judged->evaluation.status, outcome >= targetPct ? TargetStatus::Met
                                                              : TargetStatus::Missed);
    QCOMPARE(judged->evaluation.status, TargetStatus::Missed);
    QVERIFY(std::abs(*judged->evaluation.gap - (outcome - targetPct)) < 1e-9);
    // The same judgement as the Targets view's, target by target.
    for (const Target &target : m_dataset.targets) {
        if (target.indicatorId == PlanTarget::indicatorId() && target.year == lastYear.toInt())
            QCOMPARE(judged->evaluation, evaluator.evaluate(target));
    }
    const QString sentence = judged->sentence();
    QVERIFY2(sentence.startsWith(QStringLiteral("R&D intensity target %1% of GDP by %2")
                                     .arg(targetPct)
                                     .arg(lastYear)),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("outcome %1% (final): missed, %2 points below.")
                                   .arg(outcome)
                                   .arg(std::round((targetPct - outcome) * 100) / 100)),
             qPrintable(sentence));
}

void TestPlanTarget::saysWhenAPlanHasNoNumericTarget()
{
    const Period *period = PlanTarget::plan(m_dataset, 14);
    QVERIFY(period);
    const std::optional<PlanTarget> judged
        = PlanTarget::find(m_dataset, *period, TargetEvaluator());
    QVERIFY(judged);
    QCOMPARE(judged->evaluation.status, TargetStatus::NoTarget);
    QVERIFY2(judged->sentence().startsWith(QStringLiteral("No numeric R&D intensity target "
                                                          "for 2025 (“力争")),
             qPrintable(judged->sentence()));
    // Plans before the 11th have neither.
    QVERIFY(!PlanTarget::find(m_dataset, *PlanTarget::plan(m_dataset, 10), TargetEvaluator()));
}

void TestPlanTarget::takesATargetFromThePeriodAlone()
{
    Dataset dataset = m_dataset;
    dataset.targets.clear();
    const Period *period = PlanTarget::plan(dataset, 12);
    QVERIFY(period);
    const std::optional<PlanTarget> judged = PlanTarget::find(dataset, *period, TargetEvaluator());
    QVERIFY(judged);
    QCOMPARE(judged->target.low, std::optional<double>(2.2));
    QCOMPARE(judged->target.source, period->targetSource);
    // No outcome is looked up elsewhere: pending, not guessed.
    QCOMPARE(judged->evaluation.status, TargetStatus::Pending);
    QVERIFY(!judged->evaluation.outcome);
}

void TestPlanTarget::findsPlansByNumberAndRange()
{
    QCOMPARE(PlanTarget::plan(m_dataset, 13)->firstYear, 2016);
    QVERIFY(!PlanTarget::plan(m_dataset, 99));
    QCOMPARE(PlanTarget::planOfRange(m_dataset, 2011, 2015)->plan, 12);
    QVERIFY(!PlanTarget::planOfRange(m_dataset, 2011, 2016));
    // Cut to the years a project has: the 14th plan (2021–2025) in a project up to 2024.
    QVERIFY(!PlanTarget::planOfRange(m_dataset, 2021, 2024));
    QCOMPARE(PlanTarget::planOfRange(m_dataset, 2021, 2024, {2012, 2024})->plan, 14);
    QCOMPARE(PlanTarget::planOfRange(m_dataset, 2012, 2015, {2012, 2024})->plan, 12);
    QVERIFY(!PlanTarget::planOfRange(m_dataset, 2012, 2015));
}

QTEST_GUILESS_MAIN(TestPlanTarget)
#include "tst_plantarget.moc"
