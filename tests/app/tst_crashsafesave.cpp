// Saving survives being killed: a helper process (saveloophelper.cpp) saves two large
// projects in turn through ProjectSerializer::writeFile() and is killed with SIGKILL at a
// random moment, 25 times (ANNALS_CRASH_ROUNDS sets another number: CI's sanitizer stage runs
// 100). Each round's first save replaces the project in the file with the
// other one. After each kill the file must read back, with ProjectSerializer::readFile(), as
// exactly the old project or the new one: never a mix, a fragment or nothing.

#include "largeproject.h"
#include "projectserializer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Annals;

namespace {

// Waits for the helper's next line, which must be \a expected.
bool expectLine(QProcess &helper, const QByteArray &expected)
{
    while (!helper.canReadLine() && helper.state() == QProcess::Running)
        helper.waitForReadyRead(60 * 1000);
    const QByteArray line = helper.readLine();
    if (line == expected)
        return true;
    qWarning("helper said \"%s\", expected \"%s\"", line.constData(), expected.constData());
    return false;
}

/*!
 * How long one save takes in the helper on this machine (sanitizer builds, a busy machine),
 * so that the kills spread over a couple of saves whatever its speed: a calibration, not an
 * assertion. Leaves one of the two projects in \a path.
 */
int helperSaveMilliseconds(const QString &path)
{
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(ANNALS_SAVELOOP_HELPER), {path, QStringLiteral("1")});
    if (!helper.waitForStarted() || !expectLine(helper, "ready\n"))
        return -1;
    QElapsedTimer timer;
    timer.start();
    for (int save = 0; save < 4; ++save) {
        if (!expectLine(helper, "saved\n"))
            return -1;
    }
    const qint64 elapsed = timer.elapsed();
    helper.kill();
    helper.waitForFinished();
    return int(std::max<qint64>(elapsed / 4, 1));
}

} // namespace

class TestCrashSafeSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileIsOldOrNewAfterEveryKill();
};

void TestCrashSafeSave::fileIsOldOrNewAfterEveryKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.annals"));
    const Project projects[2] = {LargeProject::make(0), LargeProject::make(1)};
    QVERIFY(!(projects[0] == projects[1]));

    const Result<void> first = ProjectSerializer::writeFile(projects[0], path);
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().toString()));
    QVERIFY2(QFileInfo(path).size() > 20 * 1000 * 1000, "the project is tens of MB");
    const int saveMs = helperSaveMilliseconds(path);
    QVERIFY(saveMs > 0);

    QRandomGenerator random(20261128); // the kill delays are the same in every run
    const Result<Project> calibrated = ProjectSerializer::readFile(path);
    QVERIFY(calibrated.ok());
    int inFile = calibrated.value() == projects[0] ? 0 : 1; // which the calibration left
    QVERIFY(calibrated.value() == projects[inFile]);
    int oldSeen = 0;
    int newSeen = 0;
    const int rounds = qEnvironmentVariableIntValue("ANNALS_CRASH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("ANNALS_CRASH_ROUNDS")
                           : 25;
    for (int round = 0; round < rounds; ++round) {
        QProcess saver;
        saver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const int saving = 1 - inFile;
        saver.start(QStringLiteral(ANNALS_SAVELOOP_HELPER), {path, QString::number(saving)});
        QVERIFY2(saver.waitForStarted(), qPrintable(saver.errorString()));
        QVERIFY(expectLine(saver, "ready\n"));
        // Up to two saves' time: kills land in serializing, writing and committing the new
        // project, and in saving the old one again after it.
        QThread::msleep(random.bounded(2 * saveMs));
        QCOMPARE(saver.state(), QProcess::Running); // it saves until it is killed
        saver.kill(); // SIGKILL
        QVERIFY(saver.waitForFinished());

        const Result<Project> read = ProjectSerializer::readFile(path);
        QVERIFY2(read.ok(), qPrintable(QStringLiteral("round %1: %2")
                                           .arg(round)
                                           .arg(read ? QString() : read.error().toString())));
        if (read.value() == projects[inFile]) {
            ++oldSeen;
        } else {
            QVERIFY2(read.value() == projects[saving],
                     qPrintable(QStringLiteral("round %1: a third project").arg(round)));
            ++newSeen;
            inFile = saving;
        }

        // A kill during a save leaves QSaveFile's temporary file behind; the project file
        // itself is never one of them.
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        for (const QString &name : files) {
            if (name != QLatin1String("large.annals"))
                QVERIFY(QFile::remove(dir.filePath(name)));
        }
    }
    qInfo("one save: %d ms; after %d kills: the old project %d times, the new one %d times",
          saveMs, rounds, oldSeen, newSeen);
    // Both outcomes happened: the kills did land before and after a save was complete.
    QVERIFY(oldSeen > 0 && newSeen > 0);
}

QTEST_GUILESS_MAIN(TestCrashSafeSave)
#include "tst_crashsafesave.moc"
