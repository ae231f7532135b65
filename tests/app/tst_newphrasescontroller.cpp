// The New Phrases dock: the project's texts are indexed off the GUI thread, the panel's year
// follows the shared year selection (and the other way), the stop-list filters, and a phrase is
// added as a keyword with one click.

#include "newphrasescontroller.h"
#include "newphrasespanel.h"
#include "inputlimits.h"
#include "keywordcontroller.h"
#include "projectdocument.h"
#include "sampledataset.h"

#include <QComboBox>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Annals;

namespace {

QStringList phrases(const NewPhrasesPanel *panel)
{
    QStringList result;
    for (int row = 0; row < panel->table()->rowCount(); ++row)
        result.append(panel->table()->item(row, 0)->text());
    return result;
}

} // namespace

class TestNewPhrasesController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheSelectedYear();
    void yearChoiceSelectsTheYear();
    void stopListFilters();
    void stopListOfAnOpenedProjectApplies();
    void badStopListIsRefused_data();
    void badStopListIsRefused();
    void addsAKeyword();

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QMainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    KeywordController *m_keywords = nullptr;
    NewPhrasesController *m_controller = nullptr;
};

void TestNewPhrasesController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("newPhrases"));
}

void TestNewPhrasesController::init()
{
    m_document = std::make_unique<ProjectDocument>();
    m_document->resetProject(ProjectDocument::newProject(SampleDataset::make()));
    m_window = std::make_unique<QMainWindow>();
    m_keywords = new KeywordController(m_document.get(), m_window.get());
    m_keywords->setConfirmImports(false);
    // Imported as the analyst does: counted, then indexed.
    m_dir = std::make_unique<QTemporaryDir>();
    const std::pair<int, QString> texts[] = {
        {2022, QStringLiteral("稳住经济。各位代表。")},
        {2023, QStringLiteral("稳住经济，发展数字经济。数字经济！各位代表。")},
        {2024, QStringLiteral("新质生产力。新质生产力。数字经济。")}};
    QStringList paths;
    for (const auto &[year, text] : texts) {
        paths.append(m_dir->filePath(QStringLiteral("gwr-%1-zh.txt").arg(year)));
        QFile file(paths.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    QVERIFY(m_keywords->importTexts(paths));
    QTRY_VERIFY(!m_document->isBusy()); // counted on a worker
    m_controller = new NewPhrasesController(m_document.get(), m_keywords, m_window.get());
    QSignalSpy indexed(m_controller, &NewPhrasesController::indexed);
    QVERIFY(indexed.wait(10000));
}

void TestNewPhrasesController::cleanup()
{
    m_window.reset();
    m_document.reset();
    QSettings().remove(QStringLiteral("newPhrases"));
}

void TestNewPhrasesController::listsTheSelectedYear()
{
    m_document->selectYear(2023);
    NewPhrasesPanel *panel = m_controller->panel();
    QCOMPARE(panel->year(), 2023);
    QCOMPARE(phrases(panel).value(0), QStringLiteral("数字经济"));
    QCOMPARE(panel->rows().value(0).count, 2);
    QCOMPARE(panel->rows().value(0).years, QList<int>{2024});
    m_document->selectYear(2024);
    QCOMPARE(phrases(panel), QStringList{QStringLiteral("新质生产力")});
}

void TestNewPhrasesController::yearChoiceSelectsTheYear()
{
    auto *year = m_controller->panel()->findChild<QComboBox *>(QStringLiteral("newPhrasesYear"));
    QVERIFY(year);
    year->setCurrentIndex(year->findData(2023));
    QCOMPARE(m_document->currentYear(), 2023);
}

void TestNewPhrasesController::stopListFilters()
{
    m_document->selectYear(2023);
    QVERIFY(phrases(m_controller->panel()).contains(QStringLiteral("数字经济")));
    const int commands = m_document->undoStack()->count();
    QCOMPARE(m_controller->setStopListText(QStringLiteral("数字")), QString());
    QVERIFY(!phrases(m_controller->panel()).contains(QStringLiteral("数字经济")));
    // An edit of the project: saved with it, and undoable.
    QCOMPARE(m_document->snapshot().view.stopList, std::optional(QStringLiteral("数字")));
    QCOMPARE(m_document->undoStack()->count(), commands + 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->viewState().stopList, std::nullopt);
    QVERIFY(phrases(m_controller->panel()).contains(QStringLiteral("数字经济")));
    m_document->undoStack()->redo();
    QVERIFY(!phrases(m_controller->panel()).contains(QStringLiteral("数字经济")));
}

void TestNewPhrasesController::stopListOfAnOpenedProjectApplies()
{
    m_document->selectYear(2023);
    Project project = m_document->snapshot();
    project.view.stopList = QStringLiteral("# analyst's list\n/^数字/");
    m_document->resetProject(project);
    QCOMPARE(m_controller->stopList().text(), *project.view.stopList);
    m_document->selectYear(2023);
    QVERIFY(!phrases(m_controller->panel()).contains(QStringLiteral("数字经济")));
}

void TestNewPhrasesController::badStopListIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad regular expression")
        << QStringLiteral("ok\n/(unclosed/") << QStringLiteral("line 2: missing closing parenthesis");
    QTest::newRow("too long") << QString(InputLimits::maxStopListLength + 1, QLatin1Char('x'))
                              << QStringLiteral("The list has 20001 characters; a stop-list "
                                                "holds at most 20000.");
}

void TestNewPhrasesController::badStopListIsRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const int commands = m_document->undoStack()->count();
    QCOMPARE(m_controller->setStopListText(text), message);
    QCOMPARE(m_document->viewState().stopList, std::nullopt);
    QCOMPARE(m_document->undoStack()->count(), commands);
}

void TestNewPhrasesController::addsAKeyword()
{
    m_document->selectYear(2024);
    NewPhrasesPanel *panel = m_controller->panel();
    QCOMPARE(panel->currentRow()->phrase, QStringLiteral("新质生产力"));
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_document->isBusy());
    QVERIFY(m_document->dataset().keywords.term(QStringLiteral("新质生产力")));
    QVERIFY(m_document->viewState().shownKeywords.contains(QStringLiteral("新质生产力")));
}

QTEST_MAIN(TestNewPhrasesController)
#include "tst_newphrasescontroller.moc"
