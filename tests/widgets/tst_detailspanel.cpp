#include "detailspanel.h"
#include "sampledataset.h"
#include "yearselection.h"
#include "yeartablemodel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QtTest>

using namespace Annals;

class TestDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEachValueWithSourceVintageAndCaveats();
    void namesASelectedRange();
    void saysWhenNothingIsSelected();
    void passesInternalLinksOnAndOpensNoOtherSchemes();
    void showsTheAppendixOfTheYearShownAndFollowsEdits();

private:
    YearTableModel *m_model = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    DetailsPanel *m_panel = nullptr;
};

void TestDetailsPanel::init()
{
    m_model = new YearTableModel(this);
    m_model->setDataset(SampleDataset::make());
    m_selection = new QItemSelectionModel(m_model, this);
    m_panel = new DetailsPanel;
    m_panel->setModel(m_model, m_selection);
    m_panel->setColumns({QStringLiteral("figure/central_st_expenditure/budget"),
                         QStringLiteral("keyword/科技/count")});
}

void TestDetailsPanel::cleanup()
{
    delete m_panel;
    delete m_selection;
    delete m_model;
}

void TestDetailsPanel::showsEachValueWithSourceVintageAndCaveats()
{
    QSignalSpy changed(m_panel, &DetailsPanel::yearChanged);
    const int row = m_model->rowOfYear(2024);
    YearSelection::selectRows(m_selection, row, row, row);
    QCOMPARE(m_panel->year(), 2024);
    QCOMPARE(changed.count(), 1);
    const QString text = m_panel->plainText();
    QVERIFY2(text.startsWith(QStringLiteral("2024\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("370.8 billion yuan — budget; growth as reported: 10%")));
    QVERIFY(text.contains(QStringLiteral("Source: Source A")));
    QVERIFY(text.contains(QStringLiteral("Also reported: 379.8 (budget), growth 10% — Source B")));
    QVERIFY(text.contains(QStringLiteral("Discrepant with every other source")));
    QVERIFY(text.contains(QStringLiteral("28 occurrence(s) in 16,000 Han characters.")));
    QVERIFY(text.contains(QStringLiteral("First seen 2018, last seen 2024.")));
    QVERIFY(m_panel->browser()->toHtml().contains(QStringLiteral("https://a.example/")));
}

void TestDetailsPanel::namesASelectedRange()
{
    YearSelection::selectRows(m_selection, m_model->rowOfYear(2019), m_model->rowOfYear(2022),
                              m_model->rowOfYear(2022));
    const QString text = m_panel->plainText();
    QVERIFY2(text.startsWith(QStringLiteral("2019–2022\nOver 2019–2022 (4 years)")),
             qPrintable(text));
    // Per series: first and last figure in the range and the change; then the current year.
    QCOMPARE(text.count(QStringLiteral("No figures in the range.")), 2);
    QVERIFY(text.contains(QStringLiteral("\n2022\n")));
}

void TestDetailsPanel::saysWhenNothingIsSelected()
{
    QVERIFY(m_panel->plainText().startsWith(QStringLiteral("No year selected")));
    const int row = m_model->rowOfYear(2021);
    YearSelection::selectRows(m_selection, row, row, row);
    QVERIFY(m_panel->plainText().contains(QStringLiteral("No figures for 2021")));
}

void TestDetailsPanel::passesInternalLinksOnAndOpensNoOtherSchemes()
{
    QSignalSpy internal(m_panel, &DetailsPanel::internalLinkActivated);
    Q_EMIT m_panel->browser()->anchorClicked(QUrl(QStringLiteral("annals:report?sha=ab")));
    QCOMPARE(internal.count(), 1);
    // A file: link from an untrusted project is neither passed on nor opened.
    Q_EMIT m_panel->browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(internal.count(), 1);
}

void TestDetailsPanel::showsTheAppendixOfTheYearShownAndFollowsEdits()
{
    // The application answers yearChanged() with that year's appendix, as MainWindow does.
    connect(m_panel, &DetailsPanel::yearChanged, m_panel, [this](int year) {
        m_panel->setAppendix(QStringLiteral("<p>appendix of %1</p>").arg(year));
    });
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    for (int year : {2024, 2019, 2024}) {
        const int row = m_model->rowOfYear(year);
        YearSelection::selectRows(m_selection, row, row, row);
        const QString text = m_panel->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("appendix of %1").arg(year)), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("appendix of")), 1);
    }
    // Cached text of a year is not kept past a change of the model's values.
    QVERIFY(m_panel->browser()->toPlainText().contains(QStringLiteral("370.8")));
    Dataset changed = SampleDataset::make();
    changed.series.clear();
    m_model->setDataset(changed);
    const int row = m_model->rowOfYear(2024);
    YearSelection::selectRows(m_selection, row, row, row);
    QVERIFY(!m_panel->browser()->toPlainText().contains(QStringLiteral("370.8")));
    // Hidden (another tab of its dock), it catches up when shown again.
    m_panel->hide();
    m_model->setDataset(SampleDataset::make());
    YearSelection::selectRows(m_selection, row, row, row);
    m_panel->show();
    QVERIFY(m_panel->browser()->toPlainText().contains(QStringLiteral("370.8")));
}

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
