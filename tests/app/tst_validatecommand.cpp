#include "commandrun.h"
#include "validatecommand.h"

#include <QtTest>

using namespace Annals;

class TestValidateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesEachKindOfFile_data();
    void describesEachKindOfFile();
    void namesTheProblem_data();
    void namesTheProblem();
};

namespace {

int run(const QStringList &arguments, QString *out, QString *err)
{
    return runCommand(&Cli::runValidateCommand, arguments, out, err);
}

} // namespace

void TestValidateCommand::describesEachKindOfFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("line");
    QTest::newRow("extract") << "../../resources/example-extract.json"
                             << "example-extract.json: valid extract: 3 series, 5 observations, "
                                "3 sources\n";
    QTest::newRow("keyword counts") << "../../resources/data/keyword-counts.json"
                                    << "keyword-counts.json: valid keyword counts: 48 keywords in "
                                       "52 reports\n";
    QTest::newRow("figures table") << "../data/figures-csv/valid.csv"
                                   << "valid.csv: valid figures table: 3 series, 6 observations, "
                                      "6 sources\n";
    // Decided by the top-level "format" field, not by words in the text.
    QTest::newRow("extract that mentions keyword counts")
        << "../data/validate/extract-mentions-keyword-counts.json"
        << "extract-mentions-keyword-counts.json: valid extract: 3 series, 5 observations, "
           "3 sources\n";
    QTest::newRow("project") << "../data/project/v1-golden.annals"
                             << "v1-golden.annals: valid project: 4 series, 6 observations, 2 "
                                "sources, 2 annotations, 2 report texts\n";
}

void TestValidateCommand::describesEachKindOfFile()
{
    QFETCH(QString, file);
    QFETCH(QString, line);
    QString out;
    QString err;
    QCOMPARE(run({QFINDTESTDATA(file)}, &out, &err), 0);
    QCOMPARE(out, line);
    QVERIFY(err.isEmpty());
}

void TestValidateCommand::namesTheProblem_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad extract") << QStringList{QFINDTESTDATA(
        "../data/extract-invalid/unknown-unit.json")}
                                 << 1
                                 << "unknown-unit.json: series[1].unit: \"bananas\" is not a unit "
                                    "Annals knows; expected e.g. \"billion yuan\", \"% of GDP\" "
                                    "or \"count\"\n";
    QTest::newRow("2,001 keywords") << QStringList{QFINDTESTDATA(
        "../data/keyword-counts-invalid/too-many-keywords.json")}
                                    << 1
                                    << "too-many-keywords.json: vocabulary[2000]: more than "
                                       "2000 keywords; Annals reads at most 2000 in one "
                                       "vocabulary\n";
    QTest::newRow("unknown format") << QStringList{QFINDTESTDATA(
        "../data/extract-invalid/wrong-format.json")}
                                    << 1
                                    << "wrong-format.json: format: \"something-else\" is not a "
                                       "format Annals reads; expected \"annals-extract\" or "
                                       "\"annals-keyword-counts\"\n";
    QTest::newRow("missing") << QStringList{"/nonexistent/p.annals"} << 1
                             << "p.annals: the file does not exist\n";
    QTest::newRow("no file") << QStringList{} << 2
                             << "Usage: annals validate FILE...\nChecks extracts (.json), "
                                "figure tables (.csv), keyword counts (.json) and projects "
                                "(.annals);\nprints what each holds, or where it is wrong.\n";
    QTest::newRow("unknown option") << QStringList{"--strict", "/nonexistent/p.annals"} << 2
                                    << "annals validate: unknown option \"--strict\"\n"
                                       "Usage: annals validate FILE...\nChecks extracts (.json), "
                                       "figure tables (.csv), keyword counts (.json) and "
                                       "projects (.annals);\nprints what each holds, or where "
                                       "it is wrong.\n";
    QTest::newRow("file after --") << QStringList{"--", "-p.annals"} << 1
                                   << "-p.annals: the file does not exist\n";
}

void TestValidateCommand::namesTheProblem()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    QString out;
    QString err;
    QCOMPARE(run(arguments, &out, &err), status);
    QCOMPARE(err, message);
}

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
