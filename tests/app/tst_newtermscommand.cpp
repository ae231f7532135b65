// annals new-terms and annals changes: what they write for small reports, -o through the
// safe writer (an output onto an input is refused), and bad input with its exit status.

#include "changescommand.h"
#include "commandrun.h"
#include "newtermscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Annals;

namespace {

const QByteArray report2019 = "推进改革。保持经济增长6%左右。旧提法继续。\n";
const QByteArray report2021 = "推进改革，编制十四五\n规划。保持经济增长6%以上。落实十四五。\n";
const QByteArray report2022 = "十四五开局良好。推进改革。\n";

} // namespace

class TestNewTermsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesCsv();
    void writesJsonWithDropped();
    void writesChanges_data();
    void writesChanges();
    void changesJson();
    void writesThroughTheSafeWriter();
    void reportsBadInput_data();
    void reportsBadInput();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNewTermsCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("corpus")));
    write(QStringLiteral("corpus/gwr-2019-zh.txt"), report2019);
    write(QStringLiteral("corpus/gwr-2021-zh.txt"), report2021);
    write(QStringLiteral("corpus/gwr-2022-zh.txt"), report2022);
}

void TestNewTermsCommand::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestNewTermsCommand::writesCsv()
{
    QString out;
    QString err;
    const int status = runCommand(&Cli::runNewTermsCommand,
                                  {path(QStringLiteral("corpus")), QStringLiteral("--year"),
                                   QStringLiteral("2021"), QStringLiteral("--top"),
                                   QStringLiteral("2")},
                                  &out, &err);
    QCOMPARE(status, 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
             QStringLiteral("year,phrase,status,count,later_reports,first_sentence"));
    QCOMPARE(lines.value(1),
             QStringLiteral("2021,十四五,new,2,2022,推进改革，编制十四五规划。"));
    QCOMPARE(lines.size(), 3);
}

void TestNewTermsCommand::writesJsonWithDropped()
{
    QString out;
    QString err;
    const int status = runCommand(&Cli::runNewTermsCommand,
                                  {path(QStringLiteral("corpus")), QStringLiteral("--dropped"),
                                   QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--year"), QStringLiteral("2021")},
                                  &out, &err);
    QCOMPARE(status, 0);
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("annals-new-terms"));
    QVERIFY(root.value(QStringLiteral("generator")).toString().startsWith(
        QStringLiteral("annals ")));
    QStringList dropped;
    for (const QJsonValue &value : root.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(QStringLiteral("year")).toInt(), 2021);
        if (row.value(QStringLiteral("status")).toString() == QLatin1String("dropped"))
            dropped.append(row.value(QStringLiteral("phrase")).toString());
    }
    QCOMPARE(dropped, (QStringList{QStringLiteral("左右"), QStringLiteral("旧提法继续")}));
}

void TestNewTermsCommand::writesChanges_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text")
        << QStringList()
        << QStringLiteral("# 6%左右 → 6%以上\n"
                          "- 推进改革。\n"
                          "+ 推进改革，编制十四五规划。\n"
                          "~ 保持经济增长6%[-左右-]。\n"
                          "~ 保持经济增长6%{+以上+}。\n"
                          "- 旧提法继续。\n"
                          "+ 落实十四五。\n");
    QTest::newRow("csv, keyword")
        << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-k"),
                       QStringLiteral("经济")}
        << QStringLiteral("status,old_sentence,new_sentence,removed,added\n"
                          "reworded,保持经济增长6%左右。,保持经济增长6%以上。,8-10,8-10\n");
}

void TestNewTermsCommand::writesChanges()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    QString out;
    QString err;
    const int status = runCommand(&Cli::runChangesCommand,
                                  QStringList{path(QStringLiteral("corpus/gwr-2019-zh.txt")),
                                              path(QStringLiteral("corpus/gwr-2021-zh.txt"))}
                                      + options,
                                  &out, &err);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(status, 0);
    QCOMPARE(out, expected);
}

void TestNewTermsCommand::changesJson()
{
    QString out;
    QString err;
    const int status = runCommand(&Cli::runChangesCommand,
                                  {path(QStringLiteral("corpus/gwr-2019-zh.txt")),
                                   path(QStringLiteral("corpus/gwr-2021-zh.txt")),
                                   QStringLiteral("--format"), QStringLiteral("json")},
                                  &out, &err);
    QCOMPARE(status, 0);
    const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8())
                                .object()
                                .value(QStringLiteral("sentences"))
                                .toArray();
    QCOMPARE(rows.size(), 5);
    const QJsonObject reworded = rows.at(2).toObject();
    QCOMPARE(reworded.value(QStringLiteral("status")).toString(), QStringLiteral("reworded"));
    QCOMPARE(reworded.value(QStringLiteral("added")).toArray().at(0).toObject()
                 .value(QStringLiteral("text")).toString(),
             QStringLiteral("以上"));
    QCOMPARE(reworded.value(QStringLiteral("new_numbers")).toArray().at(0).toString(),
             QStringLiteral("6%以上"));
}

void TestNewTermsCommand::writesThroughTheSafeWriter()
{
    QString out;
    QString err;
    const QString output = path(QStringLiteral("new.csv"));
    QCOMPARE(runCommand(&Cli::runNewTermsCommand,
                        {path(QStringLiteral("corpus")), QStringLiteral("-o"), output}, &out,
                        &err),
             0);
    QVERIFY(out.isEmpty());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("year,phrase,status"));

    // An output onto an input is refused, and the input stays as it was.
    const QString input = path(QStringLiteral("corpus/gwr-2021-zh.txt"));
    for (const auto command : {&Cli::runNewTermsCommand, &Cli::runChangesCommand}) {
        err.clear();
        const QStringList arguments = command == &Cli::runNewTermsCommand
                                          ? QStringList{path(QStringLiteral("corpus"))}
                                          : QStringList{path(QStringLiteral(
                                                            "corpus/gwr-2019-zh.txt")),
                                                        input};
        QCOMPARE(runCommand(command, arguments + QStringList{QStringLiteral("-o"), input},
                            &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("gwr-2021-zh.txt")), qPrintable(err));
        QFile kept(input);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), report2021);
    }
}

void TestNewTermsCommand::reportsBadInput_data()
{
    QTest::addColumn<bool>("changes");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("no texts") << false << QStringList() << 2 << QStringLiteral("no texts");
    QTest::newRow("bad format") << false
                                << QStringList{QStringLiteral("corpus"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << 2 << QStringLiteral("--format");
    QTest::newRow("bad top") << false
                             << QStringList{QStringLiteral("corpus"), QStringLiteral("--top"),
                                            QStringLiteral("many")}
                             << 2 << QStringLiteral("--top");
    QTest::newRow("unknown option") << false
                                    << QStringList{QStringLiteral("corpus"),
                                                   QStringLiteral("--bogus")}
                                    << 2 << QStringLiteral("bogus");
    QTest::newRow("year not loaded") << false
                                     << QStringList{QStringLiteral("corpus"),
                                                    QStringLiteral("--year"),
                                                    QStringLiteral("2020")}
                                     << 2 << QStringLiteral("2020");
    QTest::newRow("missing file") << false << QStringList{QStringLiteral("missing.txt")} << 1
                                  << QStringLiteral("missing.txt");
    QTest::newRow("undecodable file") << false << QStringList{QStringLiteral("bad-2020.txt")}
                                      << 1 << QStringLiteral("bad-2020.txt");
    QTest::newRow("changes: one file") << true
                                       << QStringList{QStringLiteral("corpus/gwr-2019-zh.txt")}
                                       << 2 << QStringLiteral("two report files");
    QTest::newRow("changes: missing file")
        << true
        << QStringList{QStringLiteral("corpus/gwr-2019-zh.txt"), QStringLiteral("gone.txt")}
        << 1 << QStringLiteral("gone.txt");
    QTest::newRow("changes: bad format")
        << true
        << QStringList{QStringLiteral("corpus/gwr-2019-zh.txt"),
                       QStringLiteral("corpus/gwr-2021-zh.txt"), QStringLiteral("--format"),
                       QStringLiteral("html")}
        << 2 << QStringLiteral("--format");
}

void TestNewTermsCommand::reportsBadInput()
{
    QFETCH(bool, changes);
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    // Binary that no decoder accepts as text.
    write(QStringLiteral("bad-2020.txt"), QByteArray("\xff\xfe\x00\xd8\x00\xd8", 6)
                                              + QByteArray(64, '\0'));
    for (QString &argument : arguments) {
        if (!argument.startsWith(QLatin1Char('-')) && !argument.startsWith(QLatin1Char('2'))
            && argument != QLatin1String("many") && argument != QLatin1String("xml")
            && argument != QLatin1String("html"))
            argument = path(argument);
    }
    QString out;
    QString err;
    const auto command = changes ? &Cli::runChangesCommand : &Cli::runNewTermsCommand;
    QCOMPARE(runCommand(command, arguments, &out, &err), status);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestNewTermsCommand)
#include "tst_newtermscommand.moc"
