#include "application.h"
#include "autosave.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "projectserializer.h"
#include "projectvalidator.h"
#include "sampledataset.h"
#include "yearselection.h"
#include "yeartablemodel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace Annals;

class TestProjectDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensWithTheDefaultView();
    void everyEditUndoesAndRedoes_data();
    void everyEditUndoesAndRedoes();
    void yearRangeEditsMergeIntoOneStep();
    void importReplacesFiguresAndUndoRestoresThem();
    void importAddsFiguresAndUndoRemovesThem();
    void dataEditsKeepTheSelectedRange();
    void selectionIsNotAnEdit();
    void savedProjectReopensEqual();
    void brushedRangeIsSavedAndRestored();
    void showsNoMoreKeywordsThanAProjectOpens();
    void autosaveOffersRecoveryAndDecliningRemovesIt();
    void autosaveNoticesAnEditAfterAnUndo();
    void unreadableRecoveryIsKeptAndReported();

private:
    std::unique_ptr<ProjectDocument> m_document;
};

using Edit = std::function<void(ProjectDocument &)>;

void TestProjectDocument::init()
{
    m_document = std::make_unique<ProjectDocument>();
    const Dataset dataset = SampleDataset::make();
    m_document->resetProject(ProjectLoader::newProject(dataset));
}

void TestProjectDocument::opensWithTheDefaultView()
{
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->viewState().shownKeywords, QStringList{QStringLiteral("科技")});
    QCOMPARE(m_document->yearRange(), std::make_pair(2019, 2024));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestProjectDocument::everyEditUndoesAndRedoes_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("text");
    QTest::newRow("hide keyword")
        << Edit([](ProjectDocument &d) { d.setKeywordShown(QStringLiteral("科技"), false); })
        << "Hide keyword 科技";
    QTest::newRow("keyword measure")
        << Edit([](ProjectDocument &d) { d.setKeywordMeasure(KeywordMeasure::Count); })
        << "Show keyword counts";
    QTest::newRow("year range")
        << Edit([](ProjectDocument &d) { d.setYearRange(2020, 2023); }) << "Show years 2020–2023";
    QTest::newRow("hide series")
        << Edit([](ProjectDocument &d) {
               d.setPlotShown(QStringLiteral("figure/central_st_expenditure/budget"), false,
                              false);
           })
        << "Hide Central S&T · budget";
    QTest::newRow("show optional series")
        << Edit([](ProjectDocument &d) {
               d.setPlotShown(QStringLiteral("growth/central_st_expenditure/budget/budget"),
                              true, true);
           })
        << "Show Central S&T · budget growth vs previous budget";
    QTest::newRow("add annotation")
        << Edit([](ProjectDocument &d) {
               d.addAnnotation({2018, 2018, QStringLiteral("ZTE export ban"),
                                QStringLiteral("US export controls on ZTE"), QString()});
           })
        << "Add annotation \"ZTE export ban\"";
    QTest::newRow("edit annotation")
        << Edit([](ProjectDocument &d) {
               d.editAnnotation(0, {2019, 2021, QStringLiteral("COVID-19"), QStringLiteral("note"),
                                    {}});
           })
        << "Edit annotation \"COVID-19\"";
    QTest::newRow("remove annotation")
        << Edit([](ProjectDocument &d) {
               d.removeAnnotation(0);
           })
        << "Remove annotation \"Pandemic\"";
    QTest::newRow("log axis")
        << Edit([](ProjectDocument &d) { d.setLogarithmic(true); }) << "Logarithmic amount axis";
    QTest::newRow("stop-list")
        << Edit([](ProjectDocument &d) { d.setStopList(QStringLiteral("各位代表")); })
        << "Edit stop-list";
    QTest::newRow("plan periods")
        << Edit([](ProjectDocument &d) { d.setPlanPeriodsShown(false); })
        << "Hide Five-Year Plans";
}

void TestProjectDocument::everyEditUndoesAndRedoes()
{
    QFETCH(Edit, edit);
    QFETCH(QString, text);
    // An existing annotation for the edit and remove rows.
    Project start = m_document->project();
    start.annotations = {{2020, 2020, QStringLiteral("Pandemic"), {}, {}}};
    m_document->resetProject(start);
    const Project before = m_document->project();
    QSignalSpy modified(m_document.get(), &ProjectDocument::modifiedChanged);

    edit(*m_document);
    const Project after = m_document->project();
    QVERIFY(!(after == before));
    // The history's text; the Undo item's doubles the "&" of data (S&&T) to show it.
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->text(stack->index() - 1), text);
    QCOMPARE(stack->undoText(), QString(text).replace(u'&', QStringLiteral("&&")));
    QVERIFY(m_document->isModified());
    QCOMPARE(modified.count(), 1);

    m_document->undoStack()->undo();
    QVERIFY(m_document->project() == before);
    QVERIFY(!m_document->isModified());

    m_document->undoStack()->redo();
    QVERIFY(m_document->project() == after);
}

void TestProjectDocument::yearRangeEditsMergeIntoOneStep()
{
    m_document->setYearRange(2020, 2024);
    m_document->setYearRange(2021, 2024);
    m_document->setYearRange(2021, 2023);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Show years 2021–2023"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->yearRange(), std::make_pair(2019, 2024));

    // Spinning back to where it started leaves nothing to undo.
    m_document->undoStack()->clear();
    m_document->setYearRange(2020, 2024);
    m_document->setYearRange(2021, 2023);
    m_document->setYearRange(2019, 2024);
    m_document->undoStack()->setClean();
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestProjectDocument::importReplacesFiguresAndUndoRestoresThem()
{
    const Project before = m_document->project();
    Dataset imported;
    imported.info.title = QStringLiteral("imported");
    Series gdp{QStringLiteral("gdp"), QStringLiteral("GDP"), QString(),
               QStringLiteral("billion yuan"), SeriesKind::Amount, QString(), {}, {}};
    Observation value;
    value.year = 2024;
    value.value = 134908.4;
    value.sourceId = QStringLiteral("s");
    gdp.observations.append(value);
    imported.series = {gdp};
    imported.sources = {{QStringLiteral("s"), QStringLiteral("NBS"), {}, {}, {}}};
    m_document->selectYear(2024);

    m_document->importFigures(imported, QStringLiteral("/tmp/gdp.json"), FigureImport::Replace);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Replace figures with gdp.json"));
    QCOMPARE(m_document->dataset().series.size(), 1);
    QCOMPARE(m_document->dataset().keywords, before.dataset.keywords);
    QVERIFY(m_document->yearModel()->columnOf(QStringLiteral("figure/gdp/actual")) >= 0);
    QCOMPARE(m_document->currentYear(), 2024); // the selection survives the model reset

    m_document->undoStack()->undo();
    QVERIFY(m_document->project() == before);
    QCOMPARE(m_document->yearModel()->columnOf(QStringLiteral("figure/gdp/actual")), -1);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->dataset().info.title, QStringLiteral("imported"));
}

void TestProjectDocument::importAddsFiguresAndUndoRemovesThem()
{
    const Project before = m_document->project();
    const qsizetype seriesBefore = before.dataset.series.size();
    Dataset imported;
    imported.info.title = QStringLiteral("OECD MSTI");
    imported.info.caveats = {QStringLiteral("PPP dollars, not yuan.")};
    Series gerd{QStringLiteral("gerd_ppp"), QStringLiteral("GERD (PPP)"), QString(),
                QStringLiteral("billion USD"), SeriesKind::Amount, QString(), {}, {}};
    Observation value;
    value.year = 2022;
    value.value = 850.0;
    value.sourceId = QStringLiteral("msti");
    gerd.observations.append(value);
    imported.series = {gerd};
    imported.sources = {{QStringLiteral("msti"), QStringLiteral("OECD MSTI"), {}, {}, {}}};

    const FiguresMerge merge = m_document->importFigures(
        imported, QStringLiteral("/tmp/msti.json"), FigureImport::Add);
    QCOMPARE(merge.addedSeries, QStringList{QStringLiteral("gerd_ppp")});
    QCOMPARE(merge.updatedSeries, QStringList());
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Add figures from msti.json"));
    QCOMPARE(m_document->dataset().series.size(), seriesBefore + 1);
    QCOMPARE(m_document->dataset().info.title, before.dataset.info.title); // still the project's
    QVERIFY(m_document->dataset().info.caveats.contains(
        QStringLiteral("OECD MSTI: PPP dollars, not yuan.")));
    QCOMPARE(m_document->dataset().series.first(), before.dataset.series.first());
    // No chart draws it, so the table shows it at once.
    QVERIFY(m_document->yearModel()->columnOf(QStringLiteral("figure/gerd_ppp/actual")) >= 0);
    QVERIFY(m_document->viewState().shownOptionalPlots.contains(
        QStringLiteral("figure/gerd_ppp/actual")));

    m_document->undoStack()->undo();
    QVERIFY(m_document->project() == before);
    m_document->undoStack()->redo();
    QVERIFY(m_document->dataset().findSeries(QStringLiteral("gerd_ppp")));
}

void TestProjectDocument::dataEditsKeepTheSelectedRange()
{
    YearSelection::selectRows(m_document->yearSelection(),
                              m_document->yearModel()->rowOfYear(2020),
                              m_document->yearModel()->rowOfYear(2023),
                              m_document->yearModel()->rowOfYear(2023));
    m_document->setKeywordColor(QStringLiteral("科技"), QStringLiteral("#123456"));
    QList<int> years;
    for (int row : YearSelection::selectedRows(m_document->yearSelection()))
        years.append(m_document->yearModel()->yearAt(row));
    QCOMPARE(years, (QList<int>{2020, 2021, 2022, 2023}));
    QCOMPARE(m_document->currentYear(), 2023);
}

void TestProjectDocument::selectionIsNotAnEdit()
{
    m_document->selectYear(2023);
    QCOMPARE(m_document->currentYear(), 2023);
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestProjectDocument::savedProjectReopensEqual()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("analysis.annals"));
    m_document->setKeywordMeasure(KeywordMeasure::Count);
    m_document->addAnnotation({2018, 2019, QStringLiteral("Trade war"), QString(), QString()});
    m_document->selectYear(2023);
    m_document->setWindowLayout(QByteArray("geometry"), QByteArray("state"));
    QSignalSpy aboutToSave(m_document.get(), &ProjectDocument::aboutToSave);
    QVERIFY(m_document->isModified());

    QVERIFY(m_document->saveTo(path).ok());
    QCOMPARE(aboutToSave.count(), 1);
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->filePath(), path);

    const Result<Project> reopened = ProjectSerializer::readFile(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().toString()));
    QVERIFY(reopened.value() == m_document->snapshot());
    QCOMPARE(reopened.value().view.selectedYear, 2023);
    QCOMPARE(reopened.value().annotations.first().label, QStringLiteral("Trade war"));

    ProjectDocument other;
    other.resetProject(reopened.value());
    QCOMPARE(other.currentYear(), 2023);
    QVERIFY(!other.isModified());
}

void TestProjectDocument::brushedRangeIsSavedAndRestored()
{
    // Issue 15: the brushed range was lost on saving; only the selected year was kept.
    const YearTableModel *model = m_document->yearModel();
    YearSelection::selectRows(m_document->yearSelection(), model->rowOfYear(2020),
                              model->rowOfYear(2023), model->rowOfYear(2021));
    const Project saved = m_document->snapshot();
    QCOMPARE(saved.view.selectedYear, 2021);
    QCOMPARE(saved.view.brushFirstYear, 2020);
    QCOMPARE(saved.view.brushLastYear, 2023);
    const Result<Project> reopened = ProjectSerializer::load(ProjectSerializer::save(saved),
                                                             QStringLiteral("a.annals"));
    QVERIFY(reopened.ok());

    ProjectDocument other;
    other.resetProject(reopened.value());
    QList<int> years;
    for (int row : YearSelection::selectedRows(other.yearSelection()))
        years.append(other.yearModel()->yearAt(row));
    QCOMPARE(years, (QList<int>{2020, 2021, 2022, 2023}));
    QCOMPARE(other.currentYear(), 2021);

    // A single year saves no range.
    m_document->selectYear(2022);
    QCOMPARE(m_document->snapshot().view.brushFirstYear, 0);
    QCOMPARE(m_document->snapshot().view.brushLastYear, 0);
}

void TestProjectDocument::autosaveOffersRecoveryAndDecliningRemovesIt()
{
    QTemporaryDir dir;
    qputenv("ANNALS_RECOVERY_DIR", dir.path().toUtf8());
    {
        Autosave autosave(m_document.get(), 3600 * 1000);
        m_document->setKeywordShown(QStringLiteral("科技"), false);
        autosave.saveNow();
        m_document->waitForSaves(); // autosaves run on a worker
        QVERIFY(QFile::exists(autosave.recoveryFilePath()));
    }
    const Project edited = m_document->snapshot();

    ProjectDocument restored;
    bool asked = false;
    const Result<bool> offered = Application::offerRecovery(restored,
                                                            [&](const RecoveryCandidate &) {
                                                                asked = true;
                                                                return true;
                                                            });
    QVERIFY(offered.ok() && offered.value());
    QVERIFY(asked);
    QVERIFY(restored.project() == edited);
    QVERIFY(restored.isModified()); // recovered work is unsaved work
    QVERIFY(!Autosave::findRecovery());

    // Declining deletes the recovery file.
    Autosave again(m_document.get(), 3600 * 1000);
    m_document->setKeywordShown(QStringLiteral("科技"), true);
    again.saveNow();
    m_document->waitForSaves(); // autosaves run on a worker
    ProjectDocument declined;
    const Result<bool> declinedOffer
        = Application::offerRecovery(declined, [](const RecoveryCandidate &) { return false; });
    QVERIFY(declinedOffer.ok() && !declinedOffer.value());
    QVERIFY(!QFile::exists(again.recoveryFilePath()));
    qunsetenv("ANNALS_RECOVERY_DIR");
}

void TestProjectDocument::autosaveNoticesAnEditAfterAnUndo()
{
    QTemporaryDir dir;
    qputenv("ANNALS_RECOVERY_DIR", dir.path().toUtf8());
    Autosave autosave(m_document.get(), 3600 * 1000);
    m_document->setYearRange(2020, 2024);
    autosave.saveNow();
    m_document->waitForSaves(); // autosaves run on a worker
    // Undo, then a different edit: the undo stack is back at the same index.
    m_document->undoStack()->undo();
    m_document->setKeywordMeasure(KeywordMeasure::Count);
    QCOMPARE(m_document->undoStack()->index(), 1);
    autosave.saveNow();
    m_document->waitForSaves(); // autosaves run on a worker
    const Result<Project> saved = ProjectSerializer::readFile(autosave.recoveryFilePath());
    QVERIFY(saved.ok());
    QVERIFY(saved.value() == m_document->snapshot());
    autosave.removeRecoveryFile();
    qunsetenv("ANNALS_RECOVERY_DIR");
}

void TestProjectDocument::unreadableRecoveryIsKeptAndReported()
{
    QTemporaryDir dir;
    qputenv("ANNALS_RECOVERY_DIR", dir.path().toUtf8());
    const QString path = dir.filePath(QStringLiteral("session-1.annals"));
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("ANNALS-PROJECT\nformat: 1\n"); // a crash in the middle of writing
    damaged.close();
    QFile metadata(path + QStringLiteral(".json"));
    QVERIFY(metadata.open(QIODevice::WriteOnly));
    metadata.write(R"({"originalPath": "", "saved": "2026-11-28T10:00:00Z", "pid": 0})");
    metadata.close();

    ProjectDocument document;
    const Result<bool> offered = Application::offerRecovery(document,
                                                            [](const RecoveryCandidate &) {
                                                                return true;
                                                            });
    QVERIFY(!offered.ok());
    QVERIFY2(offered.error().toString().contains(QStringLiteral("The file was kept as")),
             qPrintable(offered.error().toString()));
    QVERIFY(QFile::exists(path + QStringLiteral(".unreadable")));
    QVERIFY(!Autosave::findRecovery()); // not offered again
    qunsetenv("ANNALS_RECOVERY_DIR");
}

void TestProjectDocument::showsNoMoreKeywordsThanAProjectOpens()
{
    // Showing a keyword past InputLimits::maxShownKeywords would make a project that does not
    // open again: the 101st is not shown, and the project still saves.
    Dataset dataset = SampleDataset::make();
    for (int i = 0; i < 150; ++i)
        dataset.keywords.vocabulary.append({QStringLiteral("k%1").arg(i), {}, {}, {}});
    m_document->resetProject(ProjectLoader::newProject(dataset));
    for (int i = 0; i < 150; ++i)
        m_document->setKeywordShown(QStringLiteral("k%1").arg(i), true);
    QCOMPARE(m_document->viewState().shownKeywords.size(), 100);
    const Result<void> valid = ProjectValidator::check(m_document->project());
    QCOMPARE(valid ? QString() : valid.error().toString(), QString());
}

QTEST_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
