// Crafted project files with correct checksums: each must be refused with a clear message
// within 2 s of CPU and 256 MiB of memory. Each file is loaded in a forked child whose
// limits are set with setrlimit() (RLIMIT_CPU, and RLIMIT_AS where AddressSanitizer does not
// reserve the address space already); the test asserts that the child was not killed and
// compares the message. Nothing here measures time in the test process.
//
// tst_projectserializer covers huge strings and lists, a wrong record version, a pointer
// payload and garbage after the archive header; this adds larger and negative length fields,
// nested lists that each claim every byte left, every kind of version, and garbage of every
// shape behind a correct checksum.

#include "projectfixtures.h"
#include "projectserializer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>
#include <new>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define ANNALS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ANNALS_ASAN 1
#endif
#endif

using namespace Annals;

namespace {

const QString invalidDir = QStringLiteral(ANNALS_TEST_DATA_DIR "/project-invalid");
const QByteArray archive = "22 serialization::archive 18 ";
constexpr long limitMiB = 256;
#ifdef ANNALS_ASAN
// The sanitizer build (packaging/dev.sh sanitize) runs five to ten times slower; the budget of
// 2 s holds for the build users get, which the normal test run checks.
constexpr rlim_t cpuSeconds = 10;
#else
constexpr rlim_t cpuSeconds = 2;
#endif

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

QByteArray randomBytes(quint32 seed, qsizetype size, bool digitsOnly)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        c = digitsOnly ? "0123456789 -\n"[random.bounded(13)] : char(random.bounded(256));
    }
    return bytes;
}

#ifndef ANNALS_ASAN
qint64 virtualMemoryBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readLine().split(' ').value(0).toLongLong() * sysconf(_SC_PAGESIZE);
}
#endif

enum class Work { Load, Allocate, Spin };

struct ChildResult
{
    int status = 0;     // from waitpid()
    QString message;    // the error, "(loaded)", or what the control did
    long growthMiB = 0; // of the peak resident size
};

// Runs \a work on \a bytes in a child process under the limits; the child reports through a
// pipe and exits 0, unless a limit killed it first.
ChildResult runLimited(Work work, const QByteArray &bytes)
{
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0)
        qFatal("pipe() failed");
    const pid_t child = fork();
    if (child < 0)
        qFatal("fork() failed");
    if (child == 0) {
        close(pipeEnds[0]);
        const rlimit cpu{cpuSeconds, cpuSeconds + 1};
        setrlimit(RLIMIT_CPU, &cpu);
#ifndef ANNALS_ASAN
        // AddressSanitizer reserves terabytes of address space up front: no limit fits.
        const rlim_t memory = rlim_t(virtualMemoryBytes() + limitMiB * 1024 * 1024);
        const rlimit address{memory, memory};
        setrlimit(RLIMIT_AS, &address);
#endif
        alarm(20); // a hang that spends no CPU (it should not exist) ends too
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        QString message;
        try {
            if (work == Work::Load) {
                const Result<Project> loaded = ProjectSerializer::load(bytes, "hostile.annals");
                message = loaded ? QStringLiteral("(loaded)") : loaded.error().toString();
            } else if (work == Work::Allocate) {
                QByteArray big((limitMiB + 64) * 1024 * 1024, 'x');
                message = QStringLiteral("allocated %1 MiB").arg(big.size() >> 20);
            } else {
                volatile quint64 spin = 0;
                for (;;)
                    spin = spin + 1;
            }
        } catch (const std::bad_alloc &) {
            message = QStringLiteral("std::bad_alloc");
        }
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        const QByteArray report = QByteArray::number(after.ru_maxrss - before.ru_maxrss) + '\n'
                                  + message.toUtf8();
        const bool written = write(pipeEnds[1], report.constData(), size_t(report.size()))
                             == report.size();
        _exit(written ? 0 : 1);
    }
    close(pipeEnds[1]);
    QByteArray report;
    char buffer[4096];
    for (ssize_t n; (n = read(pipeEnds[0], buffer, sizeof buffer)) > 0;)
        report.append(buffer, n);
    close(pipeEnds[0]);
    ChildResult result;
    waitpid(child, &result.status, 0);
    const qsizetype newline = report.indexOf('\n');
    result.growthMiB = report.left(newline).toLong() / 1024;
    result.message = QString::fromUtf8(report.mid(newline + 1));
    return result;
}

QString describe(int status)
{
    if (WIFSIGNALED(status))
        return QStringLiteral("killed by signal %1 (%2)")
            .arg(WTERMSIG(status))
            .arg(QString::fromLatin1(strsignal(WTERMSIG(status))));
    return QStringLiteral("exit status %1").arg(WEXITSTATUS(status));
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
    const ChildResult spin = runLimited(Work::Spin, {});
    QVERIFY2(WIFSIGNALED(spin.status) && WTERMSIG(spin.status) == SIGXCPU,
             qPrintable(describe(spin.status)));
    const ChildResult big = runLimited(Work::Allocate, {});
    QVERIFY2(WIFEXITED(big.status) && WEXITSTATUS(big.status) == 0,
             qPrintable(describe(big.status)));
#ifdef ANNALS_ASAN
    QVERIFY2(big.growthMiB >= limitMiB, qPrintable(big.message));
#else
    QCOMPARE(big.message, QStringLiteral("std::bad_alloc"));
#endif
}

void TestHostileProjects::refusedWithinLimits_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    const auto wrap = [](const QByteArray &payload) { return ProjectFixtures::wrap(payload); };
    const QString damaged = QStringLiteral("hostile.annals: %1the file is damaged: %2");

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
        << damaged.arg("dataset.series[0].observations: ",
                       "the project holds more than 1000000 items; Annals opens projects "
                       "of at most 1000000");
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
                          "version of Annals opens format ≤ 1");
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
    const ChildResult result = runLimited(Work::Load, file);
    QVERIFY2(WIFEXITED(result.status) && WEXITSTATUS(result.status) == 0,
             qPrintable(describe(result.status)));
    QCOMPARE(result.message, message);
#ifdef ANNALS_ASAN
    // Redzones and the quarantine of freed memory (256 MB by default) inflate the peak; the
    // 256 MiB budget itself is RLIMIT_AS in the build users get.
    const long budgetMiB = 4 * limitMiB;
#else
    const long budgetMiB = limitMiB;
#endif
    QVERIFY2(result.growthMiB < budgetMiB,
             qPrintable(QStringLiteral("peak grew by %1 MiB").arg(result.growthMiB)));
}

QTEST_GUILESS_MAIN(TestHostileProjects)
#include "tst_hostileprojects.moc"
