#include "commandrun.h"
#include "csvtable.h"
#include "datacommand.h"

#include <QtTest>

using namespace Annals;

class TestDataCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsFiguresThenKeywordCounts();
    void loadsAFiguresCsv();
    void reportsBadInput_data();
    void reportsBadInput();
    void helpNamesTheCommand();

private:
    static int run(const QStringList &arguments, QString *out, QString *err);
};

int TestDataCommand::run(const QStringList &arguments, QString *out, QString *err)
{
    return runCommand(&Cli::runDataCommand, arguments, out, err);
}

void TestDataCommand::printsFiguresThenKeywordCounts()
{
    QString out;
    QString err;
    QCOMPARE(run({}, &out, &err), 0);
    QVERIFY(err.isEmpty());
    const QStringList parts = out.split(QStringLiteral("\n\n"));
    QCOMPARE(parts.size(), 2);
    const Result<CsvTable> figures = parseCsv(parts.at(0), QStringLiteral("stdout"));
    QVERIFY(figures.ok());
    QCOMPARE(figures.value().header.join(u','),
             QStringLiteral("series,year,value,unit,vintage,reported_growth_pct,source_title,"
                            "source_url,note"));
    QCOMPARE(figures.value().records.size(), 166);
    const Result<CsvTable> keywords = parseCsv(parts.at(1), QStringLiteral("stdout"));
    QVERIFY(keywords.ok());
    QCOMPARE(keywords.value().header.join(u','),
             QStringLiteral("keyword,year,count,per_10k_chars"));
    QVERIFY(parts.at(1).contains(QStringLiteral("\n科技,2024,28,")));
    QVERIFY(parts.at(0).contains(QStringLiteral(
        "central_st_expenditure,2024,370.8,billion yuan,budget,10,")));
}

void TestDataCommand::loadsAFiguresCsv()
{
    QString out;
    QString err;
    QCOMPARE(run({QStringLiteral("--csv"), QFINDTESTDATA("../data/figures-csv/valid.csv"),
                  QStringLiteral("--figures-only")},
                 &out, &err),
             0);
    const Result<CsvTable> figures = parseCsv(out, QStringLiteral("stdout"));
    QVERIFY(figures.ok());
    QCOMPARE(figures.value().records.size(), 6);
    QVERIFY(!out.contains(QStringLiteral("keyword,year")));
}

void TestDataCommand::reportsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringList{"--csv", "/nonexistent/figures.csv"} << 1
                                  << "annals data: figures.csv: the file does not exist\n";
    QTest::newRow("bad row") << QStringList{"--csv", QFINDTESTDATA(
                                    "../data/figures-csv-invalid/unknown-vintage.csv")}
                             << 1
                             << "annals data: unknown-vintage.csv:2: vintage: expected budget, "
                                "actual, preliminary or revised, found \"final\"\n";
    QTest::newRow("stray argument") << QStringList{"extra"} << 2
                                    << "annals data: unexpected argument \"extra\"\n";
}

void TestDataCommand::reportsBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    QString out;
    QString err;
    QCOMPARE(run(arguments, &out, &err), status);
    QCOMPARE(err, message);
}

void TestDataCommand::helpNamesTheCommand()
{
    QString out;
    QString err;
    QCOMPARE(run({"--help"}, &out, &err), 0);
    QVERIFY2(out.startsWith(QStringLiteral("Usage: annals data [options]\n")), qPrintable(out));
    QVERIFY(err.isEmpty());
}

QTEST_GUILESS_MAIN(TestDataCommand)
#include "tst_datacommand.moc"
