// Crafted project files with correct checksums: each must be refused with a clear message
// within 2 s of CPU and 256 MiB of memory. Each file is loaded in a forked child whose
// limits are set with setrlimit() (RLIMIT_CPU, and RLIMIT_AS where AddressSanitizer does not
// reserve the address space already); the test asserts that the child was not killed and
// compares the message. Nothing here measures time in the test process; each row prints the
// child's CPU time and peak growth (qInfo) for the record.
//
// tst_projectserializer covers huge strings and lists, a wrong record version, a pointer
// payload and garbage after the archive header; this adds larger and negative length fields,
// nested lists that each claim every byte left, about a million of each kind of item that
// costs the most per byte (texts, hash entries, records) up to the item limits, every kind of
// version, and garbage of every shape behind a correct checksum.

#include "limitedchild.h"
#include "projectfixtures.h"
#include "projectserializer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>

#include <sys/wait.h>

using namespace Annals;
using Annals::Test::ChildLimits;
using Annals::Test::ChildReport;
using Annals::Test::runInLimitedChild;

namespace {

const QString invalidDir = QStringLiteral(ANNALS_TEST_DATA_DIR "/project-invalid");
const QByteArray archive = "22 serialization::archive 18 ";
constexpr long limitMiB = 256;
// The sanitizer build (packaging/dev.sh sanitize) runs five to ten times slower; the budget of
// 2 s holds for the build users get, which the normal test run checks.
const ChildLimits limits{limitMiB, Annals::Test::underAddressSanitizer() ? 10 : 2};

QByteArray committed(const QString &name)
{
    QFile file(invalidDir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The start of a Project up to the count of dataset.series: versions of Project, Dataset and
// DatasetInfo, six empty texts, no caveats, no sources (resources/project-format.md).
QByteArray upToSeries()
{
    return archive + "1 1 1 0  0  0  0  0  0  0 0 ";
}

// The rest of an empty project after its (empty) list of caveats.
const QByteArray emptyAfterCaveats = " 0 0 1 0  0  0 0 0 0 1 0 0 0 0 1 0 0 0 0  0 \n";

QByteArray repeated(const QByteArray &item, qsizetype times)
{
    QByteArray bytes;
    bytes.reserve(item.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        bytes += item;
    return bytes;
}

// \a count hash entries "50 <key> 1 " with distinct keys of 50 bytes each.
QByteArray distinctEntries(int count)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(count) * 56);
    for (int i = 0; i < count; ++i)
        bytes += "50 " + QByteArray::number(i).rightJustified(50, 'k') + " 1 ";
    return bytes;
}

QByteArray randomBytes(quint32 seed, qsizetype size, bool digitsOnly)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        c = digitsOnly ? "0123456789 -\n"[random.bounded(13)] : char(random.bounded(256));
    }
    return bytes;
}

} // namespace

class TestHostileProjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsCanFail();
    void refusedWithinLimits_data();
    void refusedWithinLimits();
};

void TestHostileProjects::limitsCanFail()
{
    // The limits are real: too much CPU kills the child, too much memory is refused or seen.
    const ChildReport spin = runInLimitedChild([] {
        volatile quint64 spins = 0;
        for (;;)
            spins = spins + 1;
        return QString();
    }, limits);
    QVERIFY2(WIFSIGNALED(spin.status) && WTERMSIG(spin.status) == SIGXCPU,
             qPrintable(spin.describeStatus()));
    const ChildReport big = runInLimitedChild([] {
        QByteArray bytes((limitMiB + 64) * 1024 * 1024, 'x');
        return QStringLiteral("allocated %1 MiB").arg(bytes.size() >> 20);
    }, limits);
    QVERIFY2(big.exitedCleanly(), qPrintable(big.describeStatus()));
    if (Annals::Test::underAddressSanitizer())
        QVERIFY2(big.peakGrowthMiB >= limitMiB, qPrintable(big.message));
    else
        QCOMPARE(big.message, QStringLiteral("std::bad_alloc"));
}

void TestHostileProjects::refusedWithinLimits_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    const auto wrap = [](const QByteArray &payload) { return ProjectFixtures::wrap(payload); };
    const QString damaged = QStringLiteral("hostile.annals: %1the file is damaged: %2");
    const QString memoryLimit = QStringLiteral("the project's items need more than 24 MiB of "
                                               "memory; Annals opens projects whose items need "
                                               "at most 24 MiB");

    // Huge length fields.
    QTest::newRow("string length 2^64 - 1")
        << wrap(archive + "1 1 1 18446744073709551615 abc\n")
        << damaged.arg("dataset.info.id: ", "a text of 18446744073709551615 bytes is "
                                            "announced, but only 4 bytes of data remain");
    QTest::newRow("string length 2^64")
        << wrap(archive + "1 1 1 18446744073709551616 abc\n")
        << damaged.arg("dataset.info.id: ", "unreadable value at byte 205");
    QTest::newRow("negative string length")
        << wrap(archive + "1 1 1 -1 abc\n")
        << damaged.arg("dataset.info.id: ", "a text of 18446744073709551615 bytes is "
                                            "announced, but only 4 bytes of data remain");
    QTest::newRow("string length 4e9 (committed)")
        << committed("string-length-4g.annals")
        << damaged.arg("dataset.info.id: ", "a text of 4000000000 bytes is announced, but "
                                            "only 4 bytes of data remain");
    QTest::newRow("list count 2^64 - 1")
        << wrap(upToSeries() + "18446744073709551615 1\n")
        << damaged.arg("dataset.series: ", "a list of 18446744073709551615 items is "
                                           "announced, but only 3 bytes of data remain");
    QTest::newRow("list count 5e8 (committed)")
        << committed("list-count-500m.annals")
        << damaged.arg("dataset.info.caveats: ", "a list of 500000000 items is announced, "
                                                 "but only 5 bytes of data remain");
    QTest::newRow("archive header length 4e9 (committed)")
        << committed("archive-header-length-4g.annals")
        << damaged.arg("", "the data does not start with the expected archive header");
    QTest::newRow("payload length 10^12 in the header")
        << ProjectFixtures::wrap("x").replace("payload-length: 1\n",
                                              "payload-length: 999999999999\n")
        << QStringLiteral("hostile.annals: the file is truncated: expected 999999999999 bytes "
                          "of data, found 1");
    // Nested lists, each announcing as many items as there are bytes left: a million series,
    // the first with a million observations, the first of those with a million flags.
    const QByteArray series = " 1 0  0  0  0  0 0  ";
    const QByteArray observation = " 1 2024 0 0 0  0  0  ";
    QTest::newRow("nested lists claiming every byte")
        << wrap(upToSeries() + "1000000" + series + "1000000" + observation + "1000000"
                + repeated(" 0 ", 1000000) + "\n")
        << damaged.arg("dataset.series: ", memoryLimit);
    QTest::newRow("a million flags")
        << wrap(upToSeries() + "1" + series + "1" + observation + "999999"
                + repeated(" 0 ", 999999) + "\n")
        << damaged.arg("dataset.series[0].observations[0].flags: ",
                       "the project holds more than 1000000 items; Annals opens projects "
                       "of at most 1000000");

    // About a million items of the kinds that cost the most per byte of file, and as many as
    // fit into the limits: each row ends with the limit on what the items need in memory.
    QTest::newRow("a million texts of 58 bytes")
        << wrap(archive + "1 1 1 0  0  0  0  0  0  999999 "
                + repeated("58 " + QByteArray(58, 'x') + ' ', 999999) + emptyAfterCaveats)
        << damaged.arg("dataset.info.caveats[36431]: ", memoryLimit);
    QTest::newRow("420,000 texts of 150 bytes, then the limit")
        << wrap(archive + "1 1 1 0  0  0  0  0  0  420000 "
                + repeated("150 " + QByteArray(150, 'x') + ' ', 420000) + "50000 "
                + repeated("1 0  0  0  0  0  ", 50000) + "0 1 0  0  0 0 0 0 1 0 0 0 0 1 0 0 0 0 "
                + " 0 \n")
        << damaged.arg("dataset.sources: ", memoryLimit);
    QTest::newRow("a million hash entries")
        << wrap(upToSeries() + "0 1 0  0  0 1 2 2024 0  0  0  0 999998 "
                + distinctEntries(999998) + "0 0 0 1 0 0 0 0 1 0 0 0 0  0 \n")
        << damaged.arg("dataset.keywords.documents[0].counts: ", memoryLimit);
    QTest::newRow("340,000 hash entries, then the limit")
        << wrap(upToSeries() + "0 1 0  0  0 2 2 2024 0  0  0  0 340000 "
                + distinctEntries(340000) + "0 2 2024 0  0  0  0 100000 "
                + distinctEntries(100000) + "0 0 0 1 0 0 0 0 1 0 0 0 0  0 \n")
        << damaged.arg("dataset.keywords.documents[1].counts: ", memoryLimit);
    QTest::newRow("a million observations")
        << wrap(upToSeries() + "1" + series + "999998 "
                + repeated("1 2024 0 0 0  0  0  0 ", 999998)
                + "1 0  0  0 0 0 0 1 0 0 0 0 1 0 0 0 0  0 \n")
        << damaged.arg("dataset.series[0].observations: ", memoryLimit);
    QTest::newRow("a million report texts")
        << wrap(upToSeries() + "0 1 0  0  0 0 999999 "
                + repeated("1 0  0  2024 0  0  0  0 0  ", 999999) + "0 1 0 0 0 0 1 0 0 0 0  0 \n")
        << damaged.arg("texts: ", memoryLimit);
    QTest::newRow("a million empty texts")
        << wrap(archive + "1 1 1 0  0  0  0  0  0  999999 " + repeated("0  ", 999999)
                + emptyAfterCaveats)
        << QStringLiteral("hostile.annals: dataset.info.caveats: 999999 entries; Annals opens "
                          "projects with at most 200");

    // Wrong versions.
    QTest::newRow("format 0")
        << ProjectFixtures::wrap(archive + "\n", 0)
        << QStringLiteral("hostile.annals:2: the file is damaged: expected a header line "
                          "\"format: <number>\"");
    QTest::newRow("format 999999999")
        << ProjectFixtures::wrap(archive + "\n", 999999999)
        << QStringLiteral("hostile.annals: written by Annals 0.1.0 (format 999999999); this "
                          "version of Annals opens format ≤ 2");
    QTest::newRow("format 10^12")
        << ProjectFixtures::wrap("x").replace("format: 1\n", "format: 1000000000000\n")
        << QStringLiteral("hostile.annals:2: the file is damaged: expected a header line "
                          "\"format: <number>\"");
    QTest::newRow("Project version 99")
        << wrap(archive + "99 1 1\n")
        << damaged.arg("version: ", "unknown Project version 99; this version of Annals "
                                    "reads Project version 1 and older");
    QTest::newRow("Project version 0")
        << wrap(archive + "0 1 1\n")
        << damaged.arg("version: ", "unknown Project version 0; this version of Annals reads "
                                    "Project version 1 and older");
    QTest::newRow("Series version 4294967296")
        << wrap(upToSeries() + "1 4294967296 0  0  0  0  0 0  0\n")
        << damaged.arg("dataset.series[0].version: ", "unreadable value at byte 219");
    QTest::newRow("Boost archive library 17")
        << wrap("22 serialization::archive 17 1 1 1\n")
        << damaged.arg("", "the data does not start with the expected archive header");
    QTest::newRow("Boost archive library 0")
        << wrap("22 serialization::archive 0 1 1 1\n")
        << damaged.arg("", "the data does not start with the expected archive header");

    // Garbage behind a correct checksum.
    QTest::newRow("64 KiB of random bytes")
        << wrap(randomBytes(1, 64 * 1024, false))
        << damaged.arg("", "the data does not start with the expected archive header");
    QTest::newRow("archive header, then 1 MiB of random bytes")
        << wrap(archive + randomBytes(2, 1024 * 1024, false))
        << damaged.arg("version: ", "unreadable value at byte 184");
    QTest::newRow("archive header, then 1 MiB of random numbers")
        << wrap(archive + randomBytes(3, 1024 * 1024, true))
        << damaged.arg("version: ", "unknown Project version 2; this version of Annals reads "
                                    "Project version 1 and older");
    QTest::newRow("archive header, then 1 MiB of 9s")
        << wrap(archive + QByteArray(1024 * 1024, '9'))
        << damaged.arg("version: ", "the data ends before the project is complete");
}

void TestHostileProjects::refusedWithinLimits()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    const ChildReport result = runInLimitedChild([&file] {
        const Result<Project> loaded = ProjectSerializer::load(file, "hostile.annals");
        return loaded ? QStringLiteral("(loaded)") : loaded.error().toString();
    }, limits);
    qInfo("cpu %ld ms, peak +%ld MiB", result.cpuMs, result.peakGrowthMiB);
    QVERIFY2(result.exitedCleanly(), qPrintable(result.describeStatus()));
    QCOMPARE(result.message, message);
    // Under AddressSanitizer, redzones and the quarantine of freed memory (256 MB by default)
    // inflate the peak; the 256 MiB budget itself is RLIMIT_AS in the build users get.
    const long budgetMiB = Annals::Test::underAddressSanitizer() ? 4 * limitMiB : limitMiB;
    QVERIFY2(result.peakGrowthMiB < budgetMiB,
             qPrintable(QStringLiteral("peak grew by %1 MiB").arg(result.peakGrowthMiB)));
}

QTEST_GUILESS_MAIN(TestHostileProjects)
#include "tst_hostileprojects.moc"
