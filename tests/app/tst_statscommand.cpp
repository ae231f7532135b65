// annals stats: the rows it writes for the embedded dataset (values checked by hand), refused
// growth across breaks and gaps, JSON, -o through the safe writer, a project as input, and
// bad usage with its exit status.

#include "commandrun.h"
#include "datasetloader.h"
#include "projectserializer.h"
#include "statscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Annals;

class TestStatsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesCsv();
    void refusesGrowthAcrossBreaksAndGaps();
    void writesJson();
    void writesAPlan_data();
    void writesAPlan();
    void writesAPlanAsJson();
    void writesThroughTheSafeWriterAndReadsAProject();
    void reportsBadUsage_data();
    void reportsBadUsage();
};

void TestStatsCommand::writesCsv()
{
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runStatsCommand,
                        {QStringLiteral("--years"), QStringLiteral("2015-2020"),
                         QStringLiteral("--series"), QStringLiteral("rd_expenditure_total")},
                        &out, &err),
             0);
    QCOMPARE(err, QString());
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("series,vintage,from,to,first_value,last_value,change,"
                                           "change_pct,cagr_pct,avg_growth_pct,years,flags,"
                                           "note"));
    // Final communiqués: 1416.99 (2015) and 2439.31 (2020); (2439.31 / 1416.99)^(1/5) − 1.
    const double cagr = (std::pow(2439.31 / 1416.99, 0.2) - 1) * 100;
    const double percent = (2439.31 - 1416.99) / 1416.99 * 100;
    // The final communiqués of 2016-2019 in between: 1567.67, 1760.61, 1967.79, 2214.35.
    const double values[] = {1416.99, 1567.67, 1760.61, 1967.79, 2214.35, 2439.31};
    double average = 0;
    for (int i = 1; i < 6; ++i)
        average += (values[i] / values[i - 1] - 1) * 100 / 5;
    QCOMPARE(lines.at(1), QStringLiteral("rd_expenditure_total,actual,2015,2020,1416.99,2439.31,"
                                         "1022.32,%1,%2,%3,5,,")
                              .arg(std::round(percent * 1e4) / 1e4, 0, 'g', 15)
                              .arg(std::round(cagr * 1e4) / 1e4, 0, 'g', 15)
                              .arg(std::round(average * 1e4) / 1e4, 0, 'g', 15));
    QVERIFY(lines.at(1).contains(QStringLiteral(",72.1473,11.4757,")));
    // Preliminary releases exist only for some years: said, not computed.
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("rd_expenditure_total,preliminary,2016,2020,"
                                                   "1550,2442.6,,,,,4,,\"no value in 2015")),
             qPrintable(lines.at(2)));
    QCOMPARE(lines.size(), 3);
}

void TestStatsCommand::refusesGrowthAcrossBreaksAndGaps()
{
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runStatsCommand,
                        {QStringLiteral("--years"), QStringLiteral("2012-2016"),
                         QStringLiteral("--series"), QStringLiteral("central_st_expenditure")},
                        &out, &err),
             0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), QStringLiteral("central_st_expenditure,budget,2012,2016,228.5,271,,,,,4,"
                                         "2012:possible-series-break;2016:secondary-source,"
                                         "\"series break in 2015: the years before and after are "
                                         "on different bases, so change, CAGR and average growth "
                                         "are not computed\""));
    QCOMPARE(lines.at(2), QStringLiteral("central_st_expenditure,actual,,,,,,,,,,,"
                                         "no value in 2012–2016"));
}

void TestStatsCommand::writesJson()
{
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runStatsCommand,
                        {QStringLiteral("--years"), QStringLiteral("2021-2024"),
                         QStringLiteral("--series"), QStringLiteral("central_st_expenditure"),
                         QStringLiteral("--format"), QStringLiteral("json")},
                        &out, &err),
             0);
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("annals-stats"));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject budget = rows.at(0).toObject();
    QCOMPARE(budget.value(QStringLiteral("vintage")).toString(), QStringLiteral("budget"));
    QCOMPARE(budget.value(QStringLiteral("first_value")).toDouble(), 322.71);
    QCOMPARE(budget.value(QStringLiteral("last_value")).toDouble(), 370.8);
    QVERIFY(budget.value(QStringLiteral("cagr_pct")).isDouble());
    const QJsonObject actual = rows.at(1).toObject();
    QCOMPARE(actual.value(QStringLiteral("from")).toInt(), 2021);
    QVERIFY(actual.value(QStringLiteral("cagr_pct")).isDouble());
    // Execution: 320.554 / 322.71 in 2021, 361.9 / 370.8 in 2024.
    const QJsonArray execution = actual.value(QStringLiteral("execution")).toArray();
    QCOMPARE(execution.size(), 2);
    QCOMPARE(execution.at(1).toObject().value(QStringLiteral("rate_pct")).toDouble(),
             std::round(361.9 / 370.8 * 1e6) / 1e4);
    QCOMPARE(actual.value(QStringLiteral("average_execution_pct")).toDouble(),
             std::round((320.554 / 322.71 + 361.9 / 370.8) / 2 * 1e6) / 1e4);
}

void TestStatsCommand::writesAPlan_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("target");
    QTest::newRow("13") << "13" << "2016,2020" << "13,2.5,2.4,final,missed,-0.1";
    QTest::newRow("13th") << "13th" << "2016,2020" << "13,2.5,2.4,final,missed,-0.1";
    QTest::newRow("12th") << "12th" << "2012,2015" << "12,2.2,2.07,final,missed,-0.13";
    // The 2010 outcome (1.76) is in the targets, not in the figures.
    QTest::newRow("11TH") << "11TH" << ",," << "11,2,1.76,final,missed,-0.24";
    QTest::newRow("14th: no numeric target")
        << "14th" << "2021,2024" << "14,,2.8,first_release,no-target,";
}

void TestStatsCommand::writesAPlan()
{
    QFETCH(QString, plan);
    QFETCH(QString, range);
    QFETCH(QString, target);
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runStatsCommand,
                        {QStringLiteral("--plan"), plan, QStringLiteral("--series"),
                         QStringLiteral("rd_expenditure_total")},
                        &out, &err),
             0);
    QCOMPARE(err, QString());
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines.first().endsWith(QStringLiteral(",note,plan,plan_target_pct,plan_outcome_pct,"
                                                   "plan_outcome_vintage,plan_status,"
                                                   "plan_gap_pp")),
             qPrintable(lines.first()));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("rd_expenditure_total,actual,") + range),
             qPrintable(lines.at(1)));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).endsWith(QLatin1Char(',') + target), qPrintable(lines.at(i)));
}

void TestStatsCommand::writesAPlanAsJson()
{
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runStatsCommand,
                        {QStringLiteral("--plan"), QStringLiteral("13"),
                         QStringLiteral("--series"), QStringLiteral("rd_expenditure_total"),
                         QStringLiteral("--format"), QStringLiteral("json")},
                        &out, &err),
             0);
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("years")).toArray(), (QJsonArray{2016, 2020}));
    const QJsonObject plan = root.value(QStringLiteral("plan")).toObject();
    QCOMPARE(plan.value(QStringLiteral("plan")).toInt(), 13);
    const QJsonObject target = plan.value(QStringLiteral("rd_intensity_target")).toObject();
    QCOMPARE(target.value(QStringLiteral("target_low")).toDouble(), 2.5);
    QCOMPARE(target.value(QStringLiteral("outcome")).toDouble(), 2.4);
    QCOMPARE(target.value(QStringLiteral("status")).toString(), QStringLiteral("missed"));
    QCOMPARE(target.value(QStringLiteral("gap_pp")).toDouble(), -0.1);
    QCOMPARE(target.value(QStringLiteral("target_phrase")).toString(),
             QStringLiteral("全社会研发经费投入强度达到2.5%"));
    const QJsonObject row = root.value(QStringLiteral("rows")).toArray().at(0).toObject();
    QVERIFY(row.value(QStringLiteral("avg_growth_pct")).isDouble());
    QCOMPARE(row.value(QStringLiteral("flags")).toArray(), QJsonArray());
}

void TestStatsCommand::writesThroughTheSafeWriterAndReadsAProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    QVERIFY(dataset.ok());
    Project project;
    project.dataset = dataset.value();
    project.dataset.series.first().breaks.clear(); // the project's own data counts
    const QString projectPath = dir.filePath(QStringLiteral("p.annals"));
    QVERIFY(ProjectSerializer::writeFile(project, projectPath).ok());
    const QString output = dir.filePath(QStringLiteral("stats.csv"));
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runStatsCommand,
                        {projectPath, QStringLiteral("--years"), QStringLiteral("2013-2016"),
                         QStringLiteral("--series"), project.dataset.series.first().id,
                         QStringLiteral("-o"), output},
                        &out, &err),
             0);
    QCOMPARE(out, QString());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    QVERIFY2(written.contains(QStringLiteral(",2013,2016,252.991,271,")), qPrintable(written));
    QVERIFY(!written.contains(QStringLiteral("series break")));

    // The project is an input: writing onto it is refused, and it is left as it was.
    const QByteArray before = [&] {
        QFile p(projectPath);
        return p.open(QIODevice::ReadOnly) ? p.readAll() : QByteArray();
    }();
    QCOMPARE(runCommand(&Cli::runStatsCommand,
                        {projectPath, QStringLiteral("--years"), QStringLiteral("2013-2016"),
                         QStringLiteral("-o"), projectPath},
                        &out, &err),
             1);
    QVERIFY2(err.startsWith(QStringLiteral("annals stats: ")), qPrintable(err));
    QFile again(projectPath);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), before);

    err.clear();
    QCOMPARE(runCommand(&Cli::runStatsCommand,
                        {dir.filePath(QStringLiteral("missing.annals")), QStringLiteral("--years"),
                         QStringLiteral("2013-2016")},
                        &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("missing.annals")), qPrintable(err));
}

void TestStatsCommand::reportsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no years") << QStringList() << "give either --years or --plan";
    QTest::newRow("years and plan") << QStringList{"--years", "2015-2020", "--plan", "13"}
                                    << "give either --years or --plan";
    QTest::newRow("plan not a number") << QStringList{"--plan", "thirteenth"}
                                       << "--plan must be a plan number such as 13";
    QTest::newRow("no such plan") << QStringList{"--plan", "42"} << "no plan 42 in the dataset";
    QTest::newRow("years backwards") << QStringList{"--years", "2020-2015"}
                                     << "--years must look like 2015-2020";
    QTest::newRow("years not years") << QStringList{"--years", "soon"}
                                     << "--years must look like 2015-2020";
    QTest::newRow("unknown series") << QStringList{"--years", "2015-2020", "--series", "gnp"}
                                    << "no series \"gnp\" in the dataset";
    QTest::newRow("unknown format") << QStringList{"--years", "2015-2020", "--format", "xml"}
                                    << "--format must be csv or json";
    QTest::newRow("two projects") << QStringList{"a.annals", "b.annals", "--years", "2015-2020"}
                                  << "give at most one project file";
    QTest::newRow("unknown option") << QStringList{"--yaers", "2015-2020"}
                                    << "Unknown option 'yaers'";
}

void TestStatsCommand::reportsBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runStatsCommand, arguments, &out, &err), 2);
    QVERIFY2(err.startsWith(QStringLiteral("annals stats: ") + message), qPrintable(err));
    QCOMPARE(out, QString());
}

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "tst_statscommand.moc"
