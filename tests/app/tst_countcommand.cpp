// annals count: the CSV and JSON it writes for two small reports (one Chinese, one English),
// contexts, -o, and each bad input with its exit status and message.

#include "commandrun.h"
#include "countcommand.h"
#include "keywordcountsjson.h"
#include "specialfiles.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>


using namespace Annals;

namespace {

// 科技 twice (once across a line break), 创新 once, 芯片 and 集成电路 once each; 17 Han
// characters.
const QByteArray chineseReport = "科技创新推动科\n技进步。芯片和集成电路。\n";
// AI three times, not inside "said"; eight words.
const QByteArray englishReport = "The AI plan said AI matters.\r\nChips: AI.\r\n";

} // namespace

class TestCountCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesOneCsvRowPerDocumentAndKeyword();
    void writesJsonWithHashes();
    void listsContextsAfterEachCount();
    void writesTheSameToAFile();
    void countsTheOtherFilesWhenOneCannotBeDecoded();
    void reportsBadInput_data();
    void reportsBadInput();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &bytes) const;
    // The two reports, counted for 科技, 创新, AI and the group 芯片类 = 芯片 | 集成电路.
    QStringList arguments(const QStringList &more = {}) const;
    static int run(const QStringList &arguments, QString *out, QString *err);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCountCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(QStringLiteral("2023.txt"), chineseReport);
    write(QStringLiteral("gwr-2024-en.txt"), englishReport);
}

void TestCountCommand::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList TestCountCommand::arguments(const QStringList &more) const
{
    return QStringList{QStringLiteral("-k"), QStringLiteral("科技"), QStringLiteral("-k"),
                       QStringLiteral("创新"), QStringLiteral("-k"), QStringLiteral("AI"),
                       QStringLiteral("--group"), QStringLiteral("芯片类=芯片|集成电路"),
                       path(QStringLiteral("2023.txt")),
                       path(QStringLiteral("gwr-2024-en.txt"))}
           + more;
}

int TestCountCommand::run(const QStringList &arguments, QString *out, QString *err)
{
    return runCommand(&Cli::runCountCommand, arguments, out, err);
}

void TestCountCommand::writesOneCsvRowPerDocumentAndKeyword()
{
    QString out;
    QString err;
    QCOMPARE(run(arguments(), &out, &err), 0);
    QCOMPARE(err, QString());
    // per_10k: of Han characters for the Chinese report (2 / 17), of words for the English.
    QCOMPARE(out, QStringLiteral("year,document,keyword,count,per_10k\r\n"
                                 "2023,2023.txt,科技,2,1176.47\r\n"
                                 "2023,2023.txt,创新,1,588.24\r\n"
                                 "2023,2023.txt,AI,0,0.00\r\n"
                                 "2023,2023.txt,芯片类,2,1176.47\r\n"
                                 "2024,gwr-2024-en.txt,科技,0,0.00\r\n"
                                 "2024,gwr-2024-en.txt,创新,0,0.00\r\n"
                                 "2024,gwr-2024-en.txt,AI,3,3750.00\r\n"
                                 "2024,gwr-2024-en.txt,芯片类,0,0.00\r\n"));
}

void TestCountCommand::writesJsonWithHashes()
{
    QString out;
    QString err;
    QCOMPARE(run(arguments({QStringLiteral("--format"), QStringLiteral("json")}), &out, &err),
             0);
    const Result<KeywordCounts> counts = KeywordCountsJson::read(out.toUtf8(),
                                                                 QStringLiteral("stdout"));
    QVERIFY2(counts.ok(), qPrintable(counts ? QString() : counts.error().toString()));
    QCOMPARE(counts.value().vocabulary.size(), 4);
    QCOMPARE(counts.value().documents.size(), 2);
    const DocumentCounts &chinese = counts.value().documents.at(0);
    QCOMPARE(chinese.year, 2023);
    QCOMPARE(chinese.language, QStringLiteral("zh"));
    QCOMPARE(chinese.baseUnits, 17);
    QCOMPARE(chinese.counts.value(QStringLiteral("科技")), 2);
    QCOMPARE(chinese.counts.value(QStringLiteral("芯片类")), 2);
    QCOMPARE(chinese.sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(chineseReport, QCryptographicHash::Sha256).toHex()));
    const DocumentCounts &english = counts.value().documents.at(1);
    QCOMPARE(english.language, QStringLiteral("en"));
    QCOMPARE(english.baseUnits, 8);
    QCOMPARE(english.counts.value(QStringLiteral("AI")), 3);
}

void TestCountCommand::listsContextsAfterEachCount()
{
    QString out;
    QString err;
    QCOMPARE(run({QStringLiteral("-k"), QStringLiteral("AI"), QStringLiteral("--contexts"),
                  QStringLiteral("2"), path(QStringLiteral("gwr-2024-en.txt"))},
                 &out, &err),
             0);
    const QStringList lines = out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("year,document,keyword,count,per_10k,context"));
    QCOMPARE(lines.at(1), QStringLiteral("2024,gwr-2024-en.txt,AI,3,3750.00,"));
    // At most two sentences, each once, however many hits it holds.
    QCOMPARE(lines.at(2), QStringLiteral("2024,gwr-2024-en.txt,AI,,,The AI plan said AI matters."));
    QCOMPARE(lines.at(3), QStringLiteral("2024,gwr-2024-en.txt,AI,,,Chips: AI."));
}

void TestCountCommand::writesTheSameToAFile()
{
    QString printed;
    QString err;
    QCOMPARE(run(arguments(), &printed, &err), 0);
    QString out;
    const QString csv = path(QStringLiteral("counts.csv"));
    QCOMPARE(run(arguments({QStringLiteral("-o"), csv}), &out, &err), 0);
    QCOMPARE(out, QString());
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), printed);
}

void TestCountCommand::countsTheOtherFilesWhenOneCannotBeDecoded()
{
    write(QStringLiteral("2022.txt"), QByteArray("科技") + char(0xFF) + "创新");
    QString out;
    QString err;
    QCOMPARE(run({QStringLiteral("-k"), QStringLiteral("科技"), QStringLiteral("--encoding"),
                  QStringLiteral("utf-8"), path(QStringLiteral("2022.txt")),
                  path(QStringLiteral("2023.txt"))},
                 &out, &err),
             1); // unreadable input, as in every command
    QCOMPARE(err, QStringLiteral("annals count: 2022.txt: not valid UTF-8 at byte 6\n"));
    QCOMPARE(out, QStringLiteral("year,document,keyword,count,per_10k\r\n"
                                 "2023,2023.txt,科技,2,1176.47\r\n"));
}

void TestCountCommand::reportsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("keywordsFile"); // written next to the reports as words.txt
    QTest::addColumn<QString>("message");      // %1: the folder of the reports
    QTest::addColumn<int>("status");           // 2: bad usage, 1: input that cannot be used

    const QString report = QStringLiteral("%1/2023.txt");
    QTest::newRow("no keywords") << QStringList{report} << QByteArray()
                                 << "no keywords: give -k WORD, --keywords FILE or --group" << 2;
    QTest::newRow("no texts") << QStringList{"-k", "科技"} << QByteArray()
                              << "no texts: name report files or folders to count" << 2;
    QTest::newRow("missing text") << QStringList{"-k", "科技", "%1/1999.txt"} << QByteArray()
                                  << "%1/1999.txt: no such file or folder" << 1;
    QTest::newRow("empty folder") << QStringList{"-k", "科技", "%1/empty"} << QByteArray()
                                  << "%1/empty: the folder holds no .txt files" << 1;
    QTest::newRow("unknown format")
        << QStringList{"-k", "科技", "--format", "xml", report} << QByteArray()
        << "--format must be csv or json, not \"xml\"" << 2;
    QTest::newRow("contexts in json")
        << QStringList{"-k", "科技", "--format", "json", "--contexts", "2", report} << QByteArray()
        << "--contexts works with --format csv only" << 2;
    QTest::newRow("negative contexts")
        << QStringList{"-k", "科技", "--contexts", "-1", report} << QByteArray()
        << "--contexts needs a number of sentences, 0 or more" << 2;
    QTest::newRow("unknown encoding")
        << QStringList{"-k", "科技", "--encoding", "latin-9", report} << QByteArray()
        << "unknown encoding \"latin-9\"; use utf-8, utf-16le, utf-16be or gb18030" << 2;
    QTest::newRow("group given to -k") << QStringList{"-k", "芯片类=芯片|集成电路", report}
                                       << QByteArray()
                                       << "-k takes one keyword (\"芯片类=芯片|集成电路\"); use "
                                          "--group NAME=A|B for groups" << 2;
    QTest::newRow("group without a name") << QStringList{"--group", "芯片|集成电路", report}
                                          << QByteArray()
                                          << "--group 芯片|集成电路: expected NAME=A|B" << 2;
    QTest::newRow("keyword twice") << QStringList{"-k", "科技", "-k", "科技", report} << QByteArray()
                                   << "-k 科技: \"科技\" is listed twice" << 2;
    QTest::newRow("keywords file, line named")
        << QStringList{"--keywords", "%1/words.txt", report}
        << QByteArray("# vocabulary\n科技\n\n创新\n科技\n")
        << "words.txt:5: \"科技\" is listed twice" << 1;
    QTest::newRow("keywords file not UTF-8")
        << QStringList{"--keywords", "%1/words.txt", report} << QByteArray("科技\n\xff\n")
        << "words.txt:2:1: not valid UTF-8 at byte 7; save the file as UTF-8" << 1;
    QTest::newRow("unwritable output")
        << QStringList{"-k", "科技", "-o", "%1/no-such-folder/counts.csv", report} << QByteArray()
        << "counts.csv: the folder %1/no-such-folder does not exist" << 1;
    QTest::newRow("output onto a text")
        << QStringList{"-k", "科技", "-o", "%1/2023.txt", report} << QByteArray()
        << "2023.txt: this is also an input (%1/2023.txt)" << 1;
    QTest::newRow("output onto the keywords file")
        << QStringList{"--keywords", "%1/words.txt", "-o", "%1/words.txt", report}
        << QByteArray("科技\n") << "words.txt: this is also an input (%1/words.txt)" << 1;
    QTest::newRow("output onto a FIFO")
        << QStringList{"-k", "科技", "-o", "%1/fifo", report} << QByteArray()
        << "fifo: this is a pipe, device, socket or broken link" << 1;
    QTest::newRow("output onto a device")
        << QStringList{"-k", "科技", "-o", "%1/null", report} << QByteArray()
        << "null: this is a pipe, device, socket or broken link" << 1;
    QTest::newRow("a FIFO to count") << QStringList{"-k", "科技", "%1/fifo"} << QByteArray()
                                     << "fifo: this is a pipe, device or socket" << 1;
    QTest::newRow("a device to count") << QStringList{"-k", "科技", "/dev/zero"} << QByteArray()
                                       << "zero: this is a pipe, device or socket" << 1;
    QTest::newRow("an empty text") << QStringList{"-k", "科技", "%1/2021.txt"} << QByteArray()
                                   << "2021.txt: the file is empty" << 1;
    QTest::newRow("a text over the limit")
        << QStringList{"-k", "科技", "%1/2019.txt"} << QByteArray()
        << "2019.txt: the file is 260 MiB; Annals reads data files of at most 256 MiB"
        << 1;
    QTest::newRow("a FIFO in a counted folder")
        << QStringList{"-k", "科技", "%1/mixed"} << QByteArray()
        << "2020.txt: this is a pipe, device or socket" << 1;
}

void TestCountCommand::reportsBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, keywordsFile);
    QFETCH(QString, message);
    QFETCH(int, status);
    QDir folder(m_dir->path());
    QVERIFY(folder.mkdir(QStringLiteral("empty")));
    // Special and odd files: a FIFO (which blocks whoever opens it for reading), an empty
    // report, a sparse report 4 MiB over the limit, and a folder holding a FIFO among texts.
    QVERIFY(makeFifo(path(QStringLiteral("fifo"))));
    if (!makeNullDevice(path(QStringLiteral("null"))) && arguments.contains("%1/null"))
        QSKIP("making a device needs root");
    write(QStringLiteral("2021.txt"), QByteArray());
    QFile large(path(QStringLiteral("2019.txt")));
    QVERIFY(large.open(QIODevice::WriteOnly) && large.resize(qint64(260) * 1024 * 1024));
    large.close();
    QVERIFY(folder.mkdir(QStringLiteral("mixed")));
    write(QStringLiteral("mixed/2023.txt"), chineseReport);
    QVERIFY(makeFifo(path(QStringLiteral("mixed/2020.txt"))));
    if (!keywordsFile.isNull())
        write(QStringLiteral("words.txt"), keywordsFile);
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("%1"), m_dir->path());

    QString out;
    QString err;
    QCOMPARE(run(arguments, &out, &err), status);
    const QString expected = QStringLiteral("annals count: ")
                             + QString(message).replace(QStringLiteral("%1"), m_dir->path());
    QVERIFY2(err.startsWith(expected), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCountCommand)
#include "tst_countcommand.moc"
