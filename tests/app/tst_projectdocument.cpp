#include "projectdocument.h"
#include "sampledataset.h"
#include "yeartablemodel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
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
    void selectionIsNotAnEdit();

private:
    std::unique_ptr<ProjectDocument> m_document;
};

using Edit = std::function<void(ProjectDocument &)>;

void TestProjectDocument::init()
{
    m_document = std::make_unique<ProjectDocument>();
    const Dataset dataset = SampleDataset::make();
    m_document->resetProject(ProjectDocument::newProject(dataset));
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
    QTest::newRow("log axis")
        << Edit([](ProjectDocument &d) { d.setLogarithmic(true); }) << "Logarithmic amount axis";
}

void TestProjectDocument::everyEditUndoesAndRedoes()
{
    QFETCH(Edit, edit);
    QFETCH(QString, text);
    const Project before = m_document->project();
    QSignalSpy changed(m_document.get(), &ProjectDocument::viewStateChanged);
    QSignalSpy modified(m_document.get(), &ProjectDocument::modifiedChanged);

    edit(*m_document);
    const Project after = m_document->project();
    QVERIFY(!(after == before));
    QCOMPARE(m_document->undoStack()->undoText(), text);
    QVERIFY(m_document->isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(changed.count(), 1);

    m_document->undoStack()->undo();
    QVERIFY(m_document->project() == before);
    QVERIFY(!m_document->isModified());

    m_document->undoStack()->redo();
    QVERIFY(m_document->project() == after);
    QCOMPARE(changed.count(), 3);
}

void TestProjectDocument::yearRangeEditsMergeIntoOneStep()
{
    m_document->setYearRange(2020, 2024);
    m_document->setYearRange(2021, 2024);
    m_document->setYearRange(2021, 2023);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->yearRange(), std::make_pair(2019, 2024));
}

void TestProjectDocument::importReplacesFiguresAndUndoRestoresThem()
{
    const Project before = m_document->project();
    Dataset imported;
    imported.info.title = QStringLiteral("imported");
    Series gdp{QStringLiteral("gdp"), QStringLiteral("GDP"), QString(),
               QStringLiteral("billion yuan"), SeriesKind::Amount, QString(), {}};
    Observation value;
    value.year = 2024;
    value.value = 134908.4;
    value.sourceId = QStringLiteral("s");
    gdp.observations.append(value);
    imported.series = {gdp};
    imported.sources = {{QStringLiteral("s"), QStringLiteral("NBS"), {}, {}, {}}};
    m_document->selectYear(2024);

    m_document->importFigures(imported, QStringLiteral("/tmp/gdp.json"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Import figures from gdp.json"));
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

void TestProjectDocument::selectionIsNotAnEdit()
{
    m_document->selectYear(2023);
    QCOMPARE(m_document->currentYear(), 2023);
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

QTEST_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
