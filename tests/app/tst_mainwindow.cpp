#include "backgroundsaver.h"
#include "dashboard.h"
#include "datasetloader.h"
#include "detailspanel.h"
#include "filecontroller.h"
#include "keywordcontroller.h"
#include "keywordpicker.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "rangestatisticscontroller.h"
#include "rangestatisticspanel.h"
#include "targetspanel.h"
#include "reportviewer.h"
#include "yearchart.h"
#include "yearrangecontrol.h"
#include "yearselection.h"
#include "yeartablemodel.h"
#include "yeartableroles.h"
#include "yeartableview.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDir>
#include <QItemSelectionModel>
#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextBrowser>
#include <QRawFont>
#include <QScreen>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QStatusBar>
#include <QtTest>

using namespace Annals;
using Chart = ChartCatalog::Chart;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheEmbeddedDataset();
    void detailsAreInFrontAndNewPhrasesSayWhatTheyNeed();
    void clickingABarSelectsTheYearEverywhere();
    void brushingTheRdChartSelectsARangeEverywhere();
    void selectingATableRowMovesTheCharts();
    void importSaysWhenItFinishes();
    void detailsSayWhyAYearHasNoKeywordCounts();
    void annotationSymbolsHaveGlyphs();
    void layoutChangesLeaveNoFragments_data();
    void layoutChangesLeaveNoFragments();
    void logarithmicAxisIsClickedWhereItIsDrawn();
    void brushedRangeShowsTheRangeInTheDetails();
    void yearRangeLimitsEveryView();
    void tickingAKeywordAddsASeries();
    void importErrorKeepsTheData();
    void addingAnExtractKeepsTheEmbeddedYears();
    void saveMarksCleanAndOpenAsksAboutChanges();
    void addedKeywordIsChartedAndShownInContext();
    void copiesOneChartToTheClipboard();
    void rendersToPng();
    void labelsWithShortcutsHaveBuddies();
    void bottomDocksOpenTallEnoughUnlessALayoutIsSaved();
    void hiddenPanelsAreBuiltWhenTheirTabIsRaised();
    void firstShowPaintsAndLaysOutEachChartOnce_data();
    void firstShowPaintsAndLaysOutEachChartOnce();

private:
    YearChart *chart(Chart which) const { return m_window->dashboard()->chart(which); }
    QList<int> selectedYears() const;
    void drag(YearChart *target, int fromYear, int toYear, double value);

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Settings (recent files, window layout) and recovery files go to test locations.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
}

void TestMainWindow::init()
{
    m_document = std::make_unique<ProjectDocument>();
    const Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    QVERIFY(dataset.ok());
    m_document->resetProject(ProjectLoader::newProject(dataset.value()));
    m_window = std::make_unique<MainWindow>(m_document.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::detailsAreInFrontAndNewPhrasesSayWhatTheyNeed()
{
    auto *details = m_window->findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    auto *phrases = m_window->findChild<QDockWidget *>(QStringLiteral("newPhrasesDock"));
    QVERIFY(details && phrases);
    QVERIFY(details->isVisible() && !details->visibleRegion().isEmpty());
    QVERIFY(phrases->visibleRegion().isEmpty()); // a tab behind the details
    // The embedded dataset has no report texts: the panel says how to get some, also after
    // indexing (nothing) has finished.
    const auto hintShown = [phrases] {
        for (const QLabel *label : phrases->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("Import Report Texts")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(hintShown());
    QTest::qWait(200);
    QVERIFY(hintShown());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_document.reset();
}

QList<int> TestMainWindow::selectedYears() const
{
    QList<int> years;
    for (int row : YearSelection::selectedRows(m_document->yearSelection()))
        years.append(m_document->yearModel()->yearAt(row));
    return years;
}

void TestMainWindow::drag(YearChart *target, int fromYear, int toYear, double value)
{
    QWidget *plot = target->plotWidget();
    const QPoint from = target->positionOf(fromYear, value);
    const QPoint to = target->positionOf(toYear, value);
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
}

void TestMainWindow::opensOnTheEmbeddedDataset()
{
    QCOMPARE(m_document->currentYear(), 2024);
    QCOMPARE(m_window->details()->year(), 2024);
    QVERIFY(m_window->details()->plainText().contains(QStringLiteral("370.8")));
    QVERIFY(m_window->details()->plainText().contains(QStringLiteral("2.69")));
    // Keyword measures: per 10k with the years a keyword was first and last seen.
    QVERIFY(m_window->details()->plainText().contains(QStringLiteral("科技 · per 10k")));
    QVERIFY(m_window->details()->plainText().contains(QStringLiteral("First seen 1954, last seen 2025.")));
    QVERIFY(chart(Chart::Spending)->legendTexts().contains(QStringLiteral("Budget")));
    QVERIFY(chart(Chart::RdIntensity)->segmentCount(
                QStringLiteral("figure/rd_intensity_pct_gdp/actual")) > 0);
    QVERIFY(m_window->table()->shownColumnIds().contains(
        QStringLiteral("figure/central_st_expenditure/budget")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Annals")));
}

void TestMainWindow::clickingABarSelectsTheYearEverywhere()
{
    YearChart *spending = chart(Chart::Spending);
    QTest::mouseClick(spending->plotWidget(), Qt::LeftButton, {},
                      spending->positionOf(2023, 328.0 / 2));
    QCOMPARE(selectedYears(), QList<int>{2023});
    const QModelIndex current = m_window->table()->currentIndex();
    QCOMPARE(m_document->yearModel()->yearAt(current.row()), 2023);
    QCOMPARE(m_window->details()->year(), 2023);
    QVERIFY(m_window->details()->plainText().contains(QStringLiteral("328")));
    // National R&D spending sits in the table and details, with its caveat.
    QVERIFY(m_window->table()->shownColumnIds().contains(
        QStringLiteral("figure/rd_expenditure_total/actual")));
    QVERIFY(m_window->details()->plainText().contains(
        QStringLiteral("This is total R&D spending (the \"3.3 trillion yuan\" of the news), not "
                       "basic research.")));
    QCOMPARE(chart(Chart::Keywords)->highlightedYears(), QList<int>{2023});
    QCOMPARE(chart(Chart::RdIntensity)->highlightedYears(), QList<int>{2023});
    QVERIFY(!m_document->isModified());
}

void TestMainWindow::brushingTheRdChartSelectsARangeEverywhere()
{
    drag(chart(Chart::RdIntensity), 2015, 2018, 1.0);
    const QList<int> range{2015, 2016, 2017, 2018};
    QCOMPARE(selectedYears(), range);
    QCOMPARE(chart(Chart::Spending)->highlightedYears(), range);
    QCOMPARE(chart(Chart::Keywords)->highlightedYears(), range);
    QVERIFY(m_window->details()->plainText().contains(QStringLiteral("Over 2015–2018")));
}

void TestMainWindow::brushedRangeShowsTheRangeInTheDetails()
{
    drag(chart(Chart::Spending), 2019, 2024, 100);
    QCOMPARE(selectedYears(), (QList<int>{2019, 2020, 2021, 2022, 2023, 2024}));
    const QString text = m_window->details()->plainText();
    QVERIFY2(text.startsWith(QStringLiteral("2019–2024\nOver 2019–2024 (6 years)")),
             qPrintable(text));
    // Per shown series: first and last figure in the range, and the change over it.
    QVERIFY2(text.contains(QStringLiteral("2019: 354.312 → 2024: 370.8 billion yuan; "
                                          "change +16.488 (+4.7%)")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2021: 320.554 → 2024: 361.9 billion yuan")));
    // The R&D intensity, in points of GDP; none across the 2024 census break.
    QVERIFY2(text.contains(QStringLiteral("2019: 2.23 → 2024: 2.69 % of GDP; series break in "
                                          "2024: no change computed across it")),
             qPrintable(text));
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS"))
        m_window->grab().save(qEnvironmentVariable("ANNALS_TEST_SHOTS")
                              + QStringLiteral("/brushed-range.png"));
}

void TestMainWindow::logarithmicAxisIsClickedWhereItIsDrawn()
{
    auto *log = m_window->findChild<QAction *>(QStringLiteral("logAction"));
    QVERIFY(log);
    log->trigger();
    QCoreApplication::processEvents();
    YearChart *spending = chart(Chart::Spending);
    // Just inside the top of the 2023 budget bar (328 bn) on the log axis.
    const QPoint top = spending->positionOf(2023, 328.0);
    QTest::mouseClick(spending->plotWidget(), Qt::LeftButton, {}, top + QPoint(0, 4));
    QCOMPARE(selectedYears(), QList<int>{2023});
    // A brush released past the right edge reaches the last year shown.
    QWidget *plot = spending->plotWidget();
    const QPoint from = spending->positionOf(2019, 200.0);
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    const QPoint beyond(plot->width() - 2, from.y());
    QMouseEvent move(QEvent::MouseMove, beyond, plot->mapToGlobal(beyond), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, beyond);
    QCOMPARE(selectedYears().first(), 2019);
    QCOMPARE(selectedYears().last(), m_document->yearRange().second);
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS")) {
        QTest::qWait(100); // deferred deletions of the old axes' items
        m_window->grab().save(qEnvironmentVariable("ANNALS_TEST_SHOTS")
                              + QStringLiteral("/log-axis-brushed-past-edge.png"));
    }
}

void TestMainWindow::layoutChangesLeaveNoFragments_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("keyword added") << 0;
    QTest::newRow("raw counts") << 1;
    QTest::newRow("from year") << 2;
    QTest::newRow("history entry") << 3;
}

void TestMainWindow::layoutChangesLeaveNoFragments()
{
    QFETCH(int, change);
    YearChart *keywords = chart(Chart::Keywords);
    QTest::mouseClick(keywords->plotWidget(), Qt::LeftButton, {}, keywords->positionOf(2024, 20));
    QCOMPARE(selectedYears(), QList<int>{2024});
    m_window->keywordPicker()->toggle(QStringLiteral("集成电路"), true);
    QTest::qWait(100);
    switch (change) {
    case 0:
        m_window->keywordPicker()->toggle(QStringLiteral("芯片"), true);
        break;
    case 1:
        m_window->measureBox()->setCurrentIndex(1);
        break;
    case 2:
        m_window->yearRange()->fromBox()->setValue(2015);
        break;
    case 3: {
        m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"))->raise();
        auto *history = m_window->findChild<QUndoView *>();
        QVERIFY(history);
        QTest::qWait(20);
        const QModelIndex first = history->model()->index(0, 0);
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {},
                          history->visualRect(first).center());
        break;
    }
    }
    // Every posted event, zero timer and deferred deletion handled, with no time for
    // anything timed (such as a hover) to repaint the view again.
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QScreen *screen = m_window->screen();
    const QImage shown = screen->grabWindow(m_window->winId()).toImage();
    // What is on screen (the window's backing store) against a full repaint of the window.
    m_window->repaint();
    const QImage repainted = screen->grabWindow(m_window->winId()).toImage();
    if (shown != repainted && qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS")) {
        const QString dir = qEnvironmentVariable("ANNALS_TEST_SHOTS");
        shown.save(QStringLiteral("%1/app-fragments-%2-shown.png").arg(dir).arg(change));
        repainted.save(QStringLiteral("%1/app-fragments-%2-repainted.png").arg(dir).arg(change));
    }
    QVERIFY(!shown.isNull());
    QVERIFY(shown == repainted);
}

void TestMainWindow::annotationSymbolsHaveGlyphs()
{
    m_document->addAnnotation({2024, 2024, QStringLiteral("Two Sessions 两会"),
                               QStringLiteral("Budget report read out."), QString()});
    YearChart *spending = chart(Chart::Spending);
    QTest::mouseClick(spending->plotWidget(), Qt::LeftButton, {},
                      spending->positionOf(2024, 100));
    const QString text = m_window->details()->plainText();
    QVERIFY2(text.contains(QStringLiteral("Two Sessions 两会")), qPrintable(text));
    // Every symbol the panel shows (flags, caveats) has a glyph in one of its fonts, not a box.
    const QFont font = m_window->details()->browser()->font();
    QList<QRawFont> fonts;
    for (const QString &family : font.families() + QStringList{font.family()}) {
        QFont single(family);
        fonts.append(QRawFont::fromFont(single));
    }
    int symbols = 0;
    for (const char32_t character : text.toUcs4()) {
        if (QChar::category(character) != QChar::Symbol_Other)
            continue;
        ++symbols;
        const bool drawn = std::any_of(fonts.cbegin(), fonts.cend(), [&](const QRawFont &raw) {
            return raw.isValid() && raw.supportsCharacter(character);
        });
        QVERIFY2(drawn, qPrintable(QStringLiteral("U+%1 has no glyph")
                                       .arg(uint(character), 4, 16, QLatin1Char('0'))));
    }
    QVERIFY(symbols > 0);
}

void TestMainWindow::importSaysWhenItFinishes()
{
    KeywordController *keywords = m_window->keywords();
    keywords->setConfirmImports(false);
    QVERIFY(keywords->importTexts({QFINDTESTDATA("../data/reports/test-2023-zh.txt"),
                                   QFINDTESTDATA("../data/reports/test-2024-zh.txt")}));
    QTRY_VERIFY(!m_document->isBusy()); // counted on a worker
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("Imported 2 report text(s) (2023–2024)")),
             qPrintable(message));
}

void TestMainWindow::detailsSayWhyAYearHasNoKeywordCounts()
{
    YearChart *keywords = chart(Chart::Keywords);
    QTest::mouseClick(keywords->plotWidget(), Qt::LeftButton, {}, keywords->positionOf(2020, 5));
    QCOMPARE(selectedYears(), QList<int>{2020});
    const QString text = m_window->details()->plainText();
    QVERIFY2(text.contains(QStringLiteral("No keyword counts for 2020: the corpus holds no "
                                          "Government Work Report of that year.")),
             qPrintable(text));
    QTest::mouseClick(keywords->plotWidget(), Qt::LeftButton, {}, keywords->positionOf(2019, 5));
    QVERIFY(!m_window->details()->plainText().contains(QStringLiteral("No keyword counts")));
}

void TestMainWindow::selectingATableRowMovesTheCharts()
{
    YearTableView *table = m_window->table();
    const QModelIndex index = table->indexOfYear(2019);
    table->scrollTo(index);
    const QRect cell = table->visualRect(index);
    QVERIFY(cell.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(selectedYears(), QList<int>{2019});
    QCOMPARE(chart(Chart::Spending)->highlightedYears(), QList<int>{2019});
    QCOMPARE(chart(Chart::Keywords)->highlightedYears(), QList<int>{2019});
    QCOMPARE(m_window->details()->year(), 2019);
}

void TestMainWindow::yearRangeLimitsEveryView()
{
    m_window->yearRange()->fromBox()->setValue(2018);
    // The data now runs to the 2026 budget.
    QCOMPARE(m_document->yearRange(), std::make_pair(2018, 2026));
    const QPoint leftOfPlot = chart(Chart::Keywords)->positionOf(2018, 0) - QPoint(5, 0);
    QCOMPARE(chart(Chart::Keywords)->yearAt(leftOfPlot), std::optional<int>(2018));
    YearTableModel *model = m_document->yearModel();
    QVERIFY(m_window->table()->isRowHidden(model->rowOfYear(2017)));
    QVERIFY(!m_window->table()->isRowHidden(model->rowOfYear(2018)));
    QVERIFY(m_document->isModified());
    m_document->undoStack()->undo();
    QVERIFY(!m_window->table()->isRowHidden(model->rowOfYear(2017)));
    QCOMPARE(m_window->yearRange()->first(), 2008); // the first year with figures: the 2008 budget
}

void TestMainWindow::tickingAKeywordAddsASeries()
{
    const QString term = QStringLiteral("集成电路");
    QVERIFY(m_document->dataset().keywords.term(term));
    const QString column = QStringLiteral("keyword/集成电路/per10k");
    QVERIFY(!m_window->table()->shownColumnIds().contains(column));
    m_window->keywordPicker()->toggle(term, true);
    QVERIFY(m_document->viewState().shownKeywords.contains(term));
    // Every line its own colour.
    QSet<QRgb> colors;
    for (const PlotSpec &plot : chart(Chart::Keywords)->plots())
        colors.insert(plot.color.rgb());
    QCOMPARE(colors.size(), m_document->viewState().shownKeywords.size());
    QVERIFY(chart(Chart::Keywords)->segmentCount(column) > 0);
    QVERIFY(m_window->table()->shownColumnIds().contains(column));
    m_window->measureBox()->setCurrentIndex(1);
    QVERIFY(chart(Chart::Keywords)->segmentCount(QStringLiteral("keyword/集成电路/count")) > 0);
}

void TestMainWindow::importErrorKeepsTheData()
{
    const Project before = m_document->project();
    QTimer::singleShot(0, this, [] {
        // The error box: check it names the file and the field, then close it.
        QWidget *box = QApplication::activeModalWidget();
        QVERIFY(box);
        const QString text = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        QVERIFY2(text.contains(QStringLiteral("unknown-vintage.json: series[1]")),
                 qPrintable(text));
        box->close();
    });
    QVERIFY(!m_window->imports()->importFigures(
        QFINDTESTDATA("../data/extract-invalid/unknown-vintage.json"), FigureImport::Add));
    QVERIFY(m_document->project() == before);
    QVERIFY(!m_document->isModified());
}

void TestMainWindow::addingAnExtractKeepsTheEmbeddedYears()
{
    // The example extract revises three embedded series for 2023–2024 only.
    const Project before = m_document->project();
    const QString path = QFINDTESTDATA("../../resources/example-extract.json");
    QVERIFY(m_window->imports()->openAnyFile(path)); // as drag and drop does
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("example-extract.json: 0 series added, 3 updated"));
    QCOMPARE(m_document->undoStack()->undoText(),
             QStringLiteral("Add figures from example-extract.json"));
    const Series *rd = m_document->dataset().findSeries(QStringLiteral("rd_expenditure_total"));
    QVERIFY(rd);
    QCOMPARE(rd->observations.first().year,
             before.dataset.findSeries(QStringLiteral("rd_expenditure_total"))
                 ->observations.first()
                 .year);
    QCOMPARE(m_document->dataset().series.size(), before.dataset.series.size());
    QCOMPARE(m_document->dataset().info.caveats.size(), before.dataset.info.caveats.size() + 1);

    m_document->undoStack()->undo();
    QVERIFY(m_document->project() == before);
}

void TestMainWindow::saveMarksCleanAndOpenAsksAboutChanges()
{
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("recentFiles"));
    const QString path = dir.filePath(QStringLiteral("study.annals"));
    m_document->setYearRange(2015, 2024);
    QVERIFY(m_window->isWindowModified());
    bool savedOk = false;
    m_window->files()->saveTo(path, [&savedOk](bool ok) { savedOk = ok; });
    QTRY_VERIFY(savedOk);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("study.annals")));
    QCOMPARE(FileController::recentFiles().first(), QFileInfo(path).absoluteFilePath());

    // An unsaved edit, then opening: the window asks; "Discard" opens the saved state.
    m_document->setYearRange(2011, 2025);
    QVERIFY(m_window->isWindowModified());
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("study.annals")));
        box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(m_window->files()->openFile(path));
    QTRY_VERIFY(!m_document->isBusy()); // read on a worker
    QCOMPARE(m_document->yearRange(), std::make_pair(2015, 2024));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_document->filePath(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::addedKeywordIsChartedAndShownInContext()
{
    KeywordController *keywords = m_window->keywords();
    keywords->setConfirmImports(false);
    QVERIFY(keywords->importTexts({QFINDTESTDATA("../data/reports/test-2023-zh.txt"),
                                   QFINDTESTDATA("../data/reports/test-2024-zh.txt")}));
    QTRY_VERIFY(!m_document->isBusy()); // counted on a worker
    QCOMPARE(m_document->project().texts.size(), 2);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Import 2 report text(s)"));

    m_window->measureBox()->setCurrentIndex(m_window->measureBox()->findData(
        int(KeywordMeasure::Count)));
    // Type a new keyword in the picker: it is counted in the two texts and charted.
    QLineEdit *add = m_window->keywordPicker()->addEdit();
    add->setFocus();
    add->insert(QStringLiteral("量子信息")); // as an input method would; keyClicks is ASCII only
    QTest::keyClick(add, Qt::Key_Return);
    QVERIFY(add->text().isEmpty());
    QTRY_VERIFY(!m_document->isBusy());
    const QString column = QStringLiteral("keyword/量子信息/count");
    YearChart *keywordChart = chart(Chart::Keywords);
    QCOMPARE(keywordChart->segmentCount(column), 1); // 2023–2024; other years have no text
    const YearTableModel *model = m_document->yearModel();
    QCOMPARE(model->index(model->rowOfYear(2023), model->columnOf(column))
                 .data(YearTableRoles::Value).toDouble(), 1.0); // across a line break
    QCOMPARE(model->index(model->rowOfYear(2024), model->columnOf(column))
                 .data(YearTableRoles::Value).toDouble(), 0.0);
    QVERIFY(!model->index(model->rowOfYear(2022), model->columnOf(column))
                 .data(YearTableRoles::Value).isValid());

    // Click its 2023 point: the details list that year's sentences with the hit.
    QTest::mouseClick(keywordChart->plotWidget(), Qt::LeftButton, {},
                      keywordChart->positionOf(2023, 1.0));
    QCOMPARE(m_window->details()->year(), 2023);
    const QString details = m_window->details()->plainText();
    QVERIFY2(details.contains(QStringLiteral("Keywords in context — test-2023-zh.txt")),
             qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("推进量子信息等前沿领域研究。")));
    QVERIFY(details.contains(QStringLiteral("量子信息 line 3, character")));

    // Its link opens the report viewer on the hit, every hit highlighted.
    const QString html = m_window->details()->browser()->toHtml();
    const qsizetype start = html.indexOf(QStringLiteral("annals:report"));
    QVERIFY(start > 0);
    const QUrl link(html.mid(start, html.indexOf(QLatin1Char('"'), start) - start)
                        .replace(QStringLiteral("&amp;"), QStringLiteral("&")));
    QVERIFY(keywords->openReportLink(link));
    auto *viewer = m_window->findChild<ReportViewer *>(QStringLiteral("reportViewer"));
    QVERIFY(viewer);
    QVERIFY(viewer->editor()->extraSelections().size() >= 1);
    QVERIFY(viewer->editor()->textCursor().block().text().contains(QStringLiteral("推进量子")));
    viewer->close();

    // Undo removes the keyword and its series in one step.
    m_document->undoStack()->undo();
    QVERIFY(!m_document->dataset().keywords.term(QStringLiteral("量子信息")));
    QCOMPARE(keywordChart->segmentCount(column), 0);
}

void TestMainWindow::copiesOneChartToTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    auto *copy = chart(Chart::RdIntensity)->findChild<QAction *>(QStringLiteral("copyChartAction"));
    QVERIFY(copy);
    copy->trigger();
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(2000, 1200));
}

void TestMainWindow::labelsWithShortcutsHaveBuddies()
{
    // A label without a buddy shows its "&" as it is ("&Size:").
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::RichText || label->text().startsWith(u'<'))
            continue;
        QString text = label->text();
        if (text.remove(QStringLiteral("&&")).contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
}

void TestMainWindow::hiddenPanelsAreBuiltWhenTheirTabIsRaised()
{
    // Behind the data table's tab at startup: not built, so the first frame does not pay.
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("targetsDock"));
    QVERIFY(dock);
    QVERIFY(!dock->widget());
    QVERIFY(!m_window->findChild<TargetsPanel *>());
    dock->raise();
    QTRY_VERIFY(dock->widget());
    auto *panel = qobject_cast<TargetsPanel *>(dock->widget());
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    auto *table = panel->findChild<QTableView *>();
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 10); // the embedded targets, judged

    // Range statistics: a range brushed while the tab is hidden shows when it is raised.
    auto *statsDock = m_window->rangeStatistics()->dock();
    QVERIFY(!statsDock->widget());
    const YearTableModel *model = m_document->yearModel();
    YearSelection::selectRows(m_document->yearSelection(), model->rowOfYear(2016),
                              model->rowOfYear(2020), model->rowOfYear(2020));
    QVERIFY(!statsDock->widget());
    statsDock->raise();
    QTRY_VERIFY(statsDock->widget() && statsDock->widget()->isVisible());
    auto *stats = qobject_cast<RangeStatisticsPanel *>(statsDock->widget());
    QVERIFY(stats);
    QVERIFY2(stats->headline().contains(QStringLiteral("2016")), qPrintable(stats->headline()));
    QVERIFY(stats->table()->rowCount() > 0);
    QCOMPARE(stats->currentPlan(), 13); // 2016–2020 is the 13th plan's range
}

void TestMainWindow::bottomDocksOpenTallEnoughUnlessALayoutIsSaved()
{
    const auto open = [this] {
        m_window = std::make_unique<MainWindow>(m_document.get());
        m_window->resize(1280, 800);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    };
    const auto targetsDock = [this] {
        return m_window->findChild<QDockWidget *>(QStringLiteral("targetsDock"));
    };
    m_window.reset();
    QSettings().remove(QStringLiteral("window"));
    QVERIFY(open());
    targetsDock()->raise();
    // The Targets chart and table need room, but the charts come first: at 1280×800 their
    // axes keep their labels only above about 480 px.
    QVERIFY2(targetsDock()->height() >= 200,
             qPrintable(QString::number(targetsDock()->height())));
    QVERIFY2(m_window->dashboard()->height() >= 470,
             qPrintable(QString::number(m_window->dashboard()->height())));
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS")) {
        m_window->grab().save(qEnvironmentVariable("ANNALS_TEST_SHOTS")
                              + QStringLiteral("/first-run-targets.png"));
    }

    // A saved layout wins over the first-run size.
    m_window->resizeDocks({targetsDock()}, {230}, Qt::Vertical); // with the tab bar
    QTRY_VERIFY(targetsDock()->height() < 230);
    const int saved = targetsDock()->height();
    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(open());
    QCOMPARE(targetsDock()->height(), saved);
    QSettings().remove(QStringLiteral("window"));
}

void TestMainWindow::rendersToPng()
{
    // An analyst's annotation, as in the README screenshot.
    m_document->addAnnotation({2018, 2018, QStringLiteral("US export ban on ZTE"),
                               QStringLiteral("April 2018: US denial order against ZTE."),
                               QString()});
    QDir().mkpath(QStringLiteral("screenshots"));
    const QImage image = m_window->grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800) * image.devicePixelRatio());
    QVERIFY(image.save(QStringLiteral("screenshots/mainwindow.png")));
    // Not blank: the charts put many colours on screen.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

namespace {

// Counts the events of one type that each watched object receives.
class EventCounter : public QObject
{
public:
    explicit EventCounter(QEvent::Type type)
        : m_type(type)
    {
    }
    QHash<QObject *, int> counts;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type)
            ++counts[watched];
        return false;
    }

private:
    QEvent::Type m_type;
};

} // namespace

void TestMainWindow::firstShowPaintsAndLaysOutEachChartOnce_data()
{
    QTest::addColumn<int>("eventType");
    QTest::addColumn<bool>("onTheView"); // else on its viewport
    // Everything the first frame shows is laid out before it is drawn: QGraphicsScene reports
    // its changes with a queued call, and one still queued when the window was exposed
    // repainted a chart right after its first paint (6 ms of startup for the keyword chart).
    QTest::newRow("paints") << int(QEvent::Paint) << false;
    // A chart is laid out (every axis label measured) on each resize of its view. The two
    // charts sharing the top row were resized twice at the first show: the chart panes'
    // headers kept the minimum width of a hidden control until shown, so the row was first
    // split 409:315 and then, as its 3:2 stretch asks, 434:290.
    QTest::newRow("layouts") << int(QEvent::Resize) << true;
}

void TestMainWindow::firstShowPaintsAndLaysOutEachChartOnce()
{
    QFETCH(int, eventType);
    QFETCH(bool, onTheView);
    m_window.reset();
    MainWindow window(m_document.get());
    EventCounter counter{QEvent::Type(eventType)};
    QList<QObject *> watched;
    for (YearChart *chart : window.dashboard()->charts()) {
        QWidget *viewport = chart->plotWidget();
        watched.append(onTheView ? viewport->parentWidget() : viewport);
        watched.last()->installEventFilter(&counter);
    }
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300);
    const QList<YearChart *> charts = window.dashboard()->charts();
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QVERIFY2(counter.counts.value(watched.at(i)) == 1,
                 qPrintable(QStringLiteral("%1: %2 events").arg(charts.at(i)->objectName())
                                .arg(counter.counts.value(watched.at(i)))));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
