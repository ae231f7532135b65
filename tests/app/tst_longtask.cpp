// Long work off the GUI thread without a nested event loop: while report texts are counted
// or a project is read, nothing edits, undoes, saves, opens or closes the project; the result
// arrives by itself; Cancel drops it. The checks run from a timer that fires while the work
// runs (also inside the old nested event loop, where undo and close did get through).

#include "filecontroller.h"
#include "keywordcontroller.h"
#include "lazydock.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectloader.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUndoView>
#include <QtTest>

#include <memory>

using namespace Annals;

class TestLongTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importDisablesUndoEditsAndClosing();
    void cancelStopsTheImport();
    void openingDisablesSaveAndEdits();

private:
    /// Writes many long report texts (1954 onwards): counting them takes a while.
    QStringList bigCorpus(int files) const;
    QAction *undoAction() const;
    /// Runs \a check from the event loop once the work has started.
    void whileWorking(const std::function<void()> &check);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_boxCloser;
};

void TestLongTask::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    QVERIFY(m_dir.isValid());
    // "Save changes?" is answered Cancel: a close must never get as far as asking.
    connect(&m_boxCloser, &QTimer::timeout, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            qWarning("message box: %s", qPrintable(box->text()));
            if (QAbstractButton *cancel = box->button(QMessageBox::Cancel))
                cancel->click();
            else
                box->close();
        }
    });
    m_boxCloser.start(10);
}

void TestLongTask::init()
{
    m_document = std::make_unique<ProjectDocument>();
    const Result<Project> project = ProjectLoader::embeddedProject();
    QVERIFY(project.ok());
    m_document->resetProject(project.value());
    m_window = std::make_unique<MainWindow>(m_document.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->keywords()->setConfirmImports(false);
    m_document->setYearRange(2015, 2024); // something to undo
    QVERIFY(undoAction() && undoAction()->isEnabled());
}

void TestLongTask::cleanup()
{
    m_window.reset();
    m_document.reset();
}

QStringList TestLongTask::bigCorpus(int files) const
{
    const QByteArray paragraph = QStringLiteral(
        "我们要加快科技自立自强，推进创新驱动发展，深化改革开放，发展数字经济和人工智能。\n")
                                     .toUtf8();
    QStringList paths;
    for (int i = 0; i < files; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("gwr-%1-zh.txt").arg(1954 + i));
        QFile file(path);
        if (!file.exists()) {
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            // Different texts: one of each content is kept.
            file.write(QByteArray::number(1954 + i) + "年\n" + paragraph.repeated(1000));
        }
        paths.append(path);
    }
    return paths;
}

QAction *TestLongTask::undoAction() const
{
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            return action;
    }
    return nullptr;
}

void TestLongTask::whileWorking(const std::function<void()> &check)
{
    QTimer::singleShot(0, this, check);
}

void TestLongTask::importDisablesUndoEditsAndClosing()
{
    const QStringList paths = bigCorpus(60);
    const int index = m_document->undoStack()->index();
    bool checked = false;
    whileWorking([&] {
        checked = true;
        QVERIFY2(m_document->project().texts.isEmpty(), "the import was over before the check");
        QVERIFY(!undoAction()->isEnabled());
        // The History tab, first opened now: built while the work runs, and disabled too.
        auto *historyDock = m_window->findChild<LazyDock *>(QStringLiteral("historyDock"));
        QVERIFY(historyDock && !historyDock->isBuilt());
        historyDock->raise();
        auto *history = m_window->findChild<QUndoView *>();
        QVERIFY(history && history->isVisible() && !history->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_document->undoStack()->index(), index);
        m_document->setLogarithmic(!m_document->viewState().logarithmic); // refused
        QCOMPARE(m_document->undoStack()->index(), index);
        QCloseEvent close;
        QApplication::sendEvent(m_window.get(), &close);
        QVERIFY(!close.isAccepted());
        QVERIFY(m_window->isVisible());
    });
    m_window->keywords()->importTexts(paths);
    QTRY_VERIFY(checked);
    // The result arrives by itself, and everything works again.
    QTRY_COMPARE_WITH_TIMEOUT(m_document->project().texts.size(), paths.size(), 60000);
    QCOMPARE(m_document->undoStack()->index(), index + 1);
    QTRY_VERIFY(undoAction()->isEnabled());
    QVERIFY(m_window->findChild<QUndoView *>()->isEnabled());
}

void TestLongTask::cancelStopsTheImport()
{
    const QStringList paths = bigCorpus(60);
    const Project before = m_document->project();
    const int index = m_document->undoStack()->index();
    bool canceled = false;
    whileWorking([&] {
        auto *progress = m_window->findChild<QProgressDialog *>();
        QVERIFY(progress);
        auto *button = progress->findChild<QPushButton *>();
        QVERIFY(button);
        button->click();
        canceled = true;
    });
    QSignalSpy imported(m_window->keywords(), &KeywordController::textsImported);
    m_window->keywords()->importTexts(paths);
    QTRY_VERIFY(canceled);
    // Once the work has stopped, everything works again and nothing was imported.
    QTRY_VERIFY_WITH_TIMEOUT(undoAction()->isEnabled(), 60000);
    QTest::qWait(100);
    QCOMPARE(imported.count(), 0);
    QVERIFY(m_document->project() == before);
    QCOMPARE(m_document->undoStack()->index(), index);
}

void TestLongTask::openingDisablesSaveAndEdits()
{
    // A project with many texts embedded takes a moment to read.
    m_window->keywords()->importTexts(bigCorpus(60));
    QTRY_VERIFY_WITH_TIMEOUT(!m_document->project().texts.isEmpty(), 60000);
    const QString path = m_dir.filePath(QStringLiteral("texts.annals"));
    QVERIFY(m_document->saveTo(path).ok());
    const bool saved = m_document->viewState().logarithmic;
    m_document->setLogarithmic(!saved);
    QAction *save = m_window->files()->saveAction();
    bool checked = false;
    whileWorking([&] {
        checked = true;
        QVERIFY2(m_document->viewState().logarithmic != saved, "opened before the check");
        QVERIFY(!save->isEnabled());
        QVERIFY(!undoAction()->isEnabled());
        QCloseEvent close;
        QApplication::sendEvent(m_window.get(), &close);
        QVERIFY(!close.isAccepted());
    });
    m_document->undoStack()->setClean(); // no "Save changes?" before opening
    m_window->files()->openFile(path);
    QTRY_VERIFY(checked);
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 60000);
    QCOMPARE(m_document->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(m_document->viewState().logarithmic, saved);
    QVERIFY(!m_document->isModified());
}

QTEST_MAIN(TestLongTask)
#include "tst_longtask.moc"
