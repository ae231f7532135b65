// annals targets: the rows it writes for the embedded dataset and for a project, the vintage
// and tolerance options, -o through the safe writer, and bad usage with its exit status.

#include "commandrun.h"
#include "extractreader.h"
#include "projectloader.h"
#include "projectserializer.h"
#include "targetscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Annals;

class TestTargetsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheEmbeddedTargets_data();
    void writesTheEmbeddedTargets();
    void filtersByIndicator();
    void writesJson();
    void readsAProject();
    void judgesAsTheProjectDoes_data();
    void judgesAsTheProjectDoes();
    void writesThroughTheSafeWriter();
    void refusesBadUsage_data();
    void refusesBadUsage();

private:
    QTemporaryDir m_dir;
};

namespace {

QString lineOf(const QString &csv, const QString &start)
{
    const QStringList lines = csv.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(start))
            return line.trimmed();
    }
    return {};
}

} // namespace

void TestTargetsCommand::writesTheEmbeddedTargets_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("row");
    QTest::newRow("GDP 2015, first release: near")
        << QStringList() << "gdp_growth,2015,7,7,6.9,first_release,near,-0.1,国内生产总值增长7%左右,"
                            "shared/corpus/gwr-2015-zh.txt";
    QTest::newRow("GDP 2015, revised: met")
        << QStringList{"--vintage", "revised"}
        << "gdp_growth,2015,7,7,7,revised,met,0,国内生产总值增长7%左右,"
           "shared/corpus/gwr-2015-zh.txt";
    QTest::newRow("GDP 2015, tolerance 0: missed")
        << QStringList{"--tolerance", "0"}
        << "gdp_growth,2015,7,7,6.9,first_release,missed,-0.1,国内生产总值增长7%左右,"
           "shared/corpus/gwr-2015-zh.txt";
    QTest::newRow("GDP 2020: no target")
        << QStringList() << "gdp_growth,2020,,,2.3,first_release,no-target,,";
    QTest::newRow("R&D intensity 2010: missed")
        << QStringList()
        << "rd_intensity_pct,2010,2,2,1.76,final,missed,-0.24,2 percent of GDP by 2010,"
           "http://china.org.cn/english/MATERIAL/186552.htm";
    QTest::newRow("surveyed unemployment 2019: pending")
        << QStringList() << "surveyed_unemployment_pct,2019,5.5,5.5,,,pending,,"
                            "城镇调查失业率5.5%左右,shared/corpus/gwr-2019-zh.txt";
}

void TestTargetsCommand::writesTheEmbeddedTargets()
{
    QFETCH(QStringList, options);
    QFETCH(QString, row);
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runTargetsCommand, options, &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(out.startsWith(QStringLiteral("indicator,year,target_low,target_high,outcome,"
                                          "outcome_vintage,status,gap_pp,target_phrase,"
                                          "source\n")));
    const QString start = row.section(QLatin1Char(','), 0, 1) + QLatin1Char(',');
    QCOMPARE(lineOf(out, start).left(row.size()), row);
}

void TestTargetsCommand::filtersByIndicator()
{
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runTargetsCommand,
                        {"--indicator", "rd_intensity_pct", "--indicator", "cpi"}, &out, &err),
             0);
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 4 + 21);
    for (const QString &line : lines.mid(1))
        QVERIFY(line.startsWith(QLatin1String("rd_intensity_pct,"))
                || line.startsWith(QLatin1String("cpi,")));
}

void TestTargetsCommand::writesJson()
{
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runTargetsCommand,
                        {"--indicator", "rd_intensity_pct", "--format", "json"}, &out, &err),
             0);
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("annals-targets"));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    const QJsonObject twelfth = rows.at(1).toObject();
    QCOMPARE(twelfth.value(QStringLiteral("year")).toInt(), 2015);
    QCOMPARE(twelfth.value(QStringLiteral("status")).toString(), QStringLiteral("missed"));
    QCOMPARE(twelfth.value(QStringLiteral("gap_pp")).toDouble(), -0.13);
    QCOMPARE(twelfth.value(QStringLiteral("kind")).toString(), QStringLiteral("point"));
    // 2025: no numeric target, so no numbers: null, not 0.
    const QJsonObject last = rows.at(3).toObject();
    QVERIFY(last.value(QStringLiteral("target_low")).isNull());
    QVERIFY(last.value(QStringLiteral("gap_pp")).isNull());
    QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("no-target"));
}

void TestTargetsCommand::readsAProject()
{
    const Result<Dataset> dataset
        = ExtractReader::readFile(QFINDTESTDATA("../data/extract/v2-golden.json"));
    QVERIFY(dataset.ok());
    Project project;
    project.dataset = dataset.value();
    const QString path = m_dir.filePath(QStringLiteral("golden.annals"));
    QVERIFY(ProjectSerializer::writeFile(project, path).ok());
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runTargetsCommand, {path}, &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(out.trimmed().split(QLatin1Char('\n')).size(), 1 + 8);
    QCOMPARE(lineOf(out, QStringLiteral("new_urban_jobs_mn,2015,")),
             QStringLiteral("new_urban_jobs_mn,2015,10,,13.12,first_release,met,0,"
                            "城镇新增就业1000万人以上,shared/corpus/gwr-2015-zh.txt"));
    QCOMPARE(lineOf(out, QStringLiteral("registered_unemployment_pct,2015,")),
             QStringLiteral("registered_unemployment_pct,2015,,4.5,4.05,first_release,met,0,"
                            "城镇登记失业率4.5%以内,shared/corpus/gwr-2015-zh.txt"));
}

// Without --vintage and --tolerance, a project is judged as its Targets view judges it.
void TestTargetsCommand::judgesAsTheProjectDoes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("row");
    QTest::newRow("the project's revised outcome and tolerance 0")
        << QStringList() << "gdp_growth,2015,7,7,7,revised,met,0,";
    QTest::newRow("--vintage first wins")
        << QStringList{"--vintage", "first"} << "gdp_growth,2015,7,7,6.9,first_release,missed,";
    QTest::newRow("--tolerance 0.2 wins")
        << QStringList{"--vintage", "first", "--tolerance", "0.2"}
        << "gdp_growth,2015,7,7,6.9,first_release,near,";
}

void TestTargetsCommand::judgesAsTheProjectDoes()
{
    QFETCH(QStringList, options);
    QFETCH(QString, row);
    Result<Project> project = ProjectLoader::embeddedProject();
    QVERIFY(project.ok());
    project.value().view.judgeRevisedOutcomes = true;
    project.value().view.targetTolerance = 0;
    const QString path = m_dir.filePath(QStringLiteral("judged.annals"));
    QVERIFY(ProjectSerializer::writeFile(project.value(), path).ok());
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runTargetsCommand, QStringList{path} + options, &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(lineOf(out, QStringLiteral("gdp_growth,2015,")).left(row.size()), row);
}

void TestTargetsCommand::writesThroughTheSafeWriter()
{
    QString out;
    QString err;
    const QString output = m_dir.filePath(QStringLiteral("targets.csv"));
    QCOMPARE(runCommand(&Cli::runTargetsCommand, {"-o", output}, &out, &err), 0);
    QVERIFY(out.isEmpty());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("indicator,year,"));

    // An output onto the project read is refused, and the project stays as it was.
    const QString project = m_dir.filePath(QStringLiteral("kept.annals"));
    QVERIFY(ProjectSerializer::writeFile(Project(), project).ok());
    const QByteArray before = ProjectSerializer::save(Project());
    QCOMPARE(runCommand(&Cli::runTargetsCommand, {project, "-o", project}, &out, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("kept.annals")), qPrintable(err));
    QFile kept(project);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before);
}

void TestTargetsCommand::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad format") << QStringList{"--format", "xml"} << 2 << "--format";
    QTest::newRow("bad vintage") << QStringList{"--vintage", "final"} << 2 << "--vintage";
    QTest::newRow("negative tolerance") << QStringList{"--tolerance", "-1"} << 2
                                        << "--tolerance";
    QTest::newRow("tolerance not a number") << QStringList{"--tolerance", "wide"} << 2
                                            << "--tolerance";
    QTest::newRow("unknown indicator") << QStringList{"--indicator", "gnp"} << 2
                                       << "no indicator \"gnp\"; the targets have: gdp_growth";
    QTest::newRow("unknown option") << QStringList{"--bogus"} << 2 << "bogus";
    QTest::newRow("two projects") << QStringList{"a.annals", "b.annals"} << 2
                                  << "at most one project";
    QTest::newRow("missing project") << QStringList{"/nonexistent/gone.annals"} << 1
                                     << "gone.annals";
}

void TestTargetsCommand::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runTargetsCommand, arguments, &out, &err), status);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestTargetsCommand)
#include "tst_targetscommand.moc"
