// Saving off the GUI thread: BackgroundSaver runs one write at a time, in order, and the
// window's Save returns at once, keeps what the analyst does meanwhile and makes Quit wait.

#include "backgroundsaver.h"
#include "filecontroller.h"
#include "largeproject.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectserializer.h"

#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace Annals;

class TestBackgroundSaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void jobsRunOneAtATimeInOrder();
    void saveReturnsBeforeTheProjectIsWritten();
    void editsDuringASaveStayUnsaved();
    void aSecondSaveIsQueuedBehindTheFirst();
    void closingWaitsForTheSave();
    void aFailedSaveSaysSoAndKeepsTheEdits();

private:
    Project largeProject() const;
    /// The project in \a path, or a failure.
    static Project savedIn(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
};

void TestBackgroundSaver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    QVERIFY(m_dir.isValid());
}

void TestBackgroundSaver::init()
{
    m_document = std::make_unique<ProjectDocument>();
    m_document->resetProject(largeProject());
    m_document->setFilePath(m_dir.filePath(QStringLiteral("large.annals")));
    m_window = std::make_unique<MainWindow>(m_document.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackgroundSaver::cleanup()
{
    m_window.reset();
    m_document.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("large.annals")));
}

Project TestBackgroundSaver::largeProject() const
{
    // About 24 MB to serialize, hash and write: a save takes a good part of a second.
    Project project = LargeProject::make(0);
    project.view = ProjectDocument::defaultView(project.dataset);
    return project;
}

Project TestBackgroundSaver::savedIn(const QString &path)
{
    const Result<Project> saved = ProjectSerializer::readFile(path);
    if (!saved)
        qWarning("%s", qPrintable(saved.error().toString()));
    return saved ? saved.value() : Project();
}

void TestBackgroundSaver::jobsRunOneAtATimeInOrder()
{
    BackgroundSaver saver;
    QSignalSpy busy(&saver, &BackgroundSaver::busyChanged);
    std::atomic<int> running{0};
    std::atomic<int> mostAtOnce{0};
    QList<int> done;
    QThread *const gui = QThread::currentThread();
    for (int job = 0; job < 4; ++job) {
        saver.enqueue(
            [&running, &mostAtOnce, gui]() -> Result<void> {
                mostAtOnce = std::max(mostAtOnce.load(), ++running);
                const bool onWorker = QThread::currentThread() != gui;
                QThread::msleep(20);
                --running;
                if (!onWorker)
                    return Error{{}, 0, 0, {}, QStringLiteral("ran on the GUI thread")};
                return {};
            },
            [&done, job, gui](const Result<void> &result) {
                QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
                QCOMPARE(QThread::currentThread(), gui);
                done.append(job);
            });
    }
    QVERIFY(saver.isBusy());
    QVERIFY(done.isEmpty()); // nothing waited for the jobs
    QTRY_VERIFY(!saver.isBusy());
    QCOMPARE(done, QList<int>({0, 1, 2, 3}));
    QCOMPARE(mostAtOnce.load(), 1);
    QCOMPARE(busy.count(), 2); // busy once for the whole queue
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);

    // waitForIdle() runs the callbacks too, and a callback may queue more.
    done.clear();
    saver.enqueue([] { return Result<void>(); }, [&](const Result<void> &) {
        done.append(10);
        saver.enqueue([] { return Result<void>(); },
                      [&done](const Result<void> &) { done.append(11); });
    });
    saver.waitForIdle();
    QCOMPARE(done, QList<int>({10, 11}));
    QVERIFY(!saver.isBusy());
}

void TestBackgroundSaver::saveReturnsBeforeTheProjectIsWritten()
{
    m_document->setYearRange(2015, 2024);
    const Project expected = m_document->snapshot();
    QVERIFY(m_window->isWindowModified());
    m_window->files()->saveAction()->trigger();
    // Save came back before the project was written: the window takes input meanwhile.
    QVERIFY(m_document->isSaving());
    QVERIFY(m_window->isWindowModified());
    auto *label = m_window->findChild<QWidget *>(QStringLiteral("savingLabel"));
    QVERIFY(label && label->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_document->isSaving(), 30000);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!label->isVisible());
    Project saved = savedIn(m_document->filePath());
    saved.view.windowGeometry = expected.view.windowGeometry; // stored when saving
    saved.view.windowState = expected.view.windowState;
    QVERIFY(saved == expected);
}

void TestBackgroundSaver::editsDuringASaveStayUnsaved()
{
    m_document->setYearRange(2015, 2024);
    const bool logarithmic = m_document->viewState().logarithmic;
    m_window->files()->saveAction()->trigger();
    QVERIFY(m_document->isSaving());
    m_document->setLogarithmic(!logarithmic); // while it is being written
    QTRY_VERIFY_WITH_TIMEOUT(!m_document->isSaving(), 30000);
    // The file has what was saved; the later edit is not lost and still to be saved.
    const Project saved = savedIn(m_document->filePath());
    QCOMPARE(saved.view.firstYear, 2015);
    QCOMPARE(saved.view.logarithmic, logarithmic);
    QVERIFY(m_document->isModified());
    QCOMPARE(m_document->viewState().logarithmic, !logarithmic);
}

void TestBackgroundSaver::aSecondSaveIsQueuedBehindTheFirst()
{
    QSignalSpy busy(m_document->saver(), &BackgroundSaver::busyChanged);
    m_document->setYearRange(2015, 2024);
    m_window->files()->saveAction()->trigger();
    m_document->setYearRange(2012, 2021);
    m_window->files()->saveAction()->trigger(); // queued, not dropped, not racing
    QVERIFY(m_document->isSaving());
    QTRY_VERIFY_WITH_TIMEOUT(!m_document->isSaving(), 60000);
    QCOMPARE(busy.count(), 2);
    QCOMPARE(savedIn(m_document->filePath()).view.firstYear, 2012);
    QVERIFY(!m_document->isModified());
}

void TestBackgroundSaver::closingWaitsForTheSave()
{
    m_document->setYearRange(2015, 2024);
    m_window->files()->saveAction()->trigger();
    QVERIFY(m_document->isSaving());
    QVERIFY(!m_window->close()); // not yet: the save is still writing
    QVERIFY(m_window->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 30000); // closed once it was written
    QVERIFY(!m_document->isModified());
    QCOMPARE(savedIn(m_document->filePath()).view.firstYear, 2015);
}

void TestBackgroundSaver::aFailedSaveSaysSoAndKeepsTheEdits()
{
    m_document->setYearRange(2015, 2024);
    m_document->setFilePath(QStringLiteral("/proc/annals-test.annals"));
    QString message;
    bool finished = false;
    bool saved = true;
    const auto closeBox = [&message] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            box->close();
        }
    };
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, closeBox);
    poll.start(20);
    m_window->files()->save([&](bool ok) {
        finished = true;
        saved = ok;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
    QVERIFY(!saved);
    QVERIFY2(message.contains(QStringLiteral("not saved")), qPrintable(message));
    QVERIFY(m_document->isModified());
    QCOMPARE(m_document->viewState().firstYear, 2015);
}

QTEST_MAIN(TestBackgroundSaver)
#include "tst_backgroundsaver.moc"
