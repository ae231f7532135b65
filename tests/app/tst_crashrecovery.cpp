// Crash recovery end to end: a helper process (autosavehelper.cpp) edits, lets Autosave's
// timer write the recovery file, edits once more and is killed with SIGKILL. The restart half
// runs here, as Application::runGui() does it: the embedded project, then offerRecovery() with
// a question the test answers.

#include "application.h"
#include "autosave.h"
#include "autosavescript.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Annals;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void acceptingRestoresTheEditsUpToTheAutosave();
    void decliningRemovesTheRecoveryFile();

private:
    void crashAfterAutosave();
    QStringList recoveryFiles() const;

    std::unique_ptr<QTemporaryDir> m_recovery;
};

void TestCrashRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCrashRecovery::init()
{
    m_recovery = std::make_unique<QTemporaryDir>();
    QVERIFY(m_recovery->isValid());
    // Read by Autosave here and in the helper, which inherits the environment.
    qputenv("ANNALS_RECOVERY_DIR", m_recovery->path().toUtf8());
}

void TestCrashRecovery::cleanup()
{
    qunsetenv("ANNALS_RECOVERY_DIR");
    m_recovery.reset();
}

QStringList TestCrashRecovery::recoveryFiles() const
{
    return QDir(m_recovery->path()).entryList(QDir::Files, QDir::Name);
}

// Runs the helper's session and kills it once it has autosaved (and edited once more).
void TestCrashRecovery::crashAfterAutosave()
{
    QProcess session;
    session.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    session.start(QStringLiteral(ANNALS_AUTOSAVE_HELPER));
    QVERIFY2(session.waitForStarted(), qPrintable(session.errorString()));
    while (!session.canReadLine() && session.state() == QProcess::Running)
        session.waitForReadyRead(60 * 1000);
    QCOMPARE(session.readLine(), QByteArray("autosaved\n"));
    session.kill(); // SIGKILL: no destructor, no clean close removes the recovery file
    QVERIFY(session.waitForFinished());
    QCOMPARE(session.exitStatus(), QProcess::CrashExit);
    QCOMPARE(recoveryFiles().size(), 2); // session-PID.annals and its .json
}

void TestCrashRecovery::acceptingRestoresTheEditsUpToTheAutosave()
{
    crashAfterAutosave();
    if (QTest::currentTestFailed())
        return;

    // What the session had when it autosaved, and what it had when it died.
    ProjectDocument replay;
    replay.resetProject(AutosaveScript::startProject());
    AutosaveScript::editsBeforeAutosave(replay);
    const Project autosaved = replay.snapshot();
    AutosaveScript::editAfterAutosave(replay);
    QVERIFY(!(replay.snapshot() == autosaved));

    ProjectDocument restarted;
    restarted.resetProject(AutosaveScript::startProject());
    std::optional<RecoveryCandidate> offered;
    const Result<bool> recovered
        = Application::offerRecovery(restarted, [&](const RecoveryCandidate &candidate) {
              offered = candidate;
              return true;
          });
    QVERIFY2(recovered.ok(), qPrintable(recovered ? QString() : recovered.error().toString()));
    QVERIFY(recovered.value());
    QVERIFY(offered);
    QCOMPARE(offered->originalPath, AutosaveScript::originalPath());
    QVERIFY(offered->saved.isValid());
    QVERIFY(restarted.project() == autosaved);
    QVERIFY(restarted.isModified()); // recovered work is unsaved work
    QCOMPARE(restarted.filePath(), AutosaveScript::originalPath());
    QCOMPARE(recoveryFiles(), QStringList()); // restored work is not offered twice
}

void TestCrashRecovery::decliningRemovesTheRecoveryFile()
{
    crashAfterAutosave();
    if (QTest::currentTestFailed())
        return;

    ProjectDocument restarted;
    const Project start = AutosaveScript::startProject();
    restarted.resetProject(start);
    bool asked = false;
    const Result<bool> recovered
        = Application::offerRecovery(restarted, [&](const RecoveryCandidate &) {
              asked = true;
              return false;
          });
    QVERIFY(asked);
    QVERIFY(recovered.ok() && !recovered.value());
    QCOMPARE(recoveryFiles(), QStringList());
    QVERIFY(restarted.project() == start);
    QVERIFY(!restarted.isModified());
}

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
