#include "dashboard.h"
#include "datasetloader.h"
#include "detailspanel.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "rangestatisticscontroller.h"
#include "rangestatisticspanel.h"
#include "uilanguage.h"
#include "yearchart.h"
#include "yeartablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include <memory>

using namespace Annals;

// Built twice (tests/app/CMakeLists.txt): as tst_uilanguage_zh with ANNALS_TEST_CHINESE, where
// the main window must speak Chinese, and as tst_uilanguage_en, where nothing of the Chinese
// translation may show. Translators stay installed for the whole process, hence two programs.
class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menus();
    void docks();
    void chartTitles();
    void tableHeaders();
    void rangeStatisticsOfAPlan();
    void detailsOfAYear();
    void planLabelsStayApart();
    void exportDialog();
    void qtOwnStrings();

private:
    static bool hasHan(const QString &text);
    // Chinese translation: every text must hold Chinese; English: none may.
    static void checkText(const QString &what, const QString &text);
    static void checkMenu(const QMenu *menu, const QString &path);
    // The outcome vintages as files name them: never what the user reads in Chinese.
    static void checkNoOutcomeVintageIds(const QString &what, const QString &text);

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
};

#ifdef ANNALS_TEST_CHINESE
constexpr bool chinese = true;
#else
constexpr bool chinese = false;
#endif

bool TestUiLanguage::hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

void TestUiLanguage::checkText(const QString &what, const QString &text)
{
    if (text.isEmpty())
        return;
    if (chinese)
        QVERIFY2(hasHan(text), qPrintable(what + QStringLiteral(" is not Chinese: ") + text));
    else
        QVERIFY2(!hasHan(text), qPrintable(what + QStringLiteral(" is Chinese: ") + text));
}

void TestUiLanguage::checkNoOutcomeVintageIds(const QString &what, const QString &text)
{
    if (!chinese)
        return;
    // In brackets after an outcome: the data's own notes may say "final accounts".
    static const QRegularExpression id(
        QStringLiteral("[(（](first_release|final|revised)[)）]"));
    const QRegularExpressionMatch match = id.match(text);
    QVERIFY2(!match.hasMatch(), qPrintable(what + QStringLiteral(": ") + match.captured()));
}

void TestUiLanguage::checkMenu(const QMenu *menu, const QString &path)
{
    const QString here = path + QStringLiteral(" ▸ ") + menu->title();
    checkText(here, menu->title());
    // Names that come from the data or the file system, and the languages, each in its own
    // name, are what they are in every language.
    if (menu->objectName() == QLatin1String("seriesMenu")
        || menu->objectName() == QLatin1String("recentMenu"))
        return;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            checkMenu(action->menu(), here);
            continue;
        }
        if (menu->objectName() == QLatin1String("languageMenu") && action->data().toInt() != 0)
            continue;
        checkText(here + QStringLiteral(" ▸ ") + action->text(), action->text());
    }
}

void TestUiLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    const QLocale locale = chinese ? UiLanguage::locale(UiLanguage::Choice::SimplifiedChinese)
                                   : UiLanguage::locale(UiLanguage::Choice::English);
    QCOMPARE(UiLanguage::install(locale), chinese); // English needs no translation
}

void TestUiLanguage::init()
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

void TestUiLanguage::cleanup()
{
    m_window.reset();
    m_document.reset();
}

void TestUiLanguage::menus()
{
    const QList<QAction *> top = m_window->menuBar()->actions();
    QVERIFY(top.size() >= 4);
    for (const QAction *action : top) {
        QVERIFY(action->menu());
        checkMenu(action->menu(), QStringLiteral("menu bar"));
    }
}

void TestUiLanguage::docks()
{
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 4);
    for (const QDockWidget *dock : docks)
        checkText(QStringLiteral("dock ") + dock->objectName(), dock->windowTitle());
}

void TestUiLanguage::chartTitles()
{
    const QList<YearChart *> charts = m_window->findChildren<YearChart *>();
    QVERIFY(charts.size() >= 3);
    for (const YearChart *chart : charts) {
        const QString title = chart->title();
        QVERIFY(!title.isEmpty());
        // The English titles name the Chinese term after the English one ("Central S&T
        // spending 中央本级科技支出"); the Chinese ones start with it.
        if (chinese)
            QVERIFY2(hasHan(title.left(1)), qPrintable(title));
        else
            QVERIFY2(title.at(0).isLetter() && !hasHan(title.left(1)), qPrintable(title));
    }
}

void TestUiLanguage::tableHeaders()
{
    const YearTableModel *model = m_document->yearModel();
    QStringList keywords;
    for (const KeywordTerm &term : m_document->dataset().keywords.vocabulary)
        keywords.append(term.term);
    int checked = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        // Keywords are what they are in every language.
        if (keywords.contains(header.section(QLatin1Char('\n'), 0, 0)))
            continue;
        // Series names: the data's Chinese name in Chinese, its English name in English.
        checkText(QStringLiteral("column %1").arg(column), header);
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestUiLanguage::rangeStatisticsOfAPlan()
{
    // As the analyst opens it: its tab raised.
    m_window->rangeStatistics()->dock()->raise();
    RangeStatisticsPanel *panel = m_window->rangeStatistics()->panel();
    QTRY_VERIFY(panel->isVisible());
    QComboBox *plans = panel->planBox();
    const int plan = plans->findData(13);
    QVERIFY(plan > 0);
    plans->setCurrentIndex(plan);
    Q_EMIT plans->activated(plan);
    const QTableWidget *table = panel->table();
    QVERIFY(table->rowCount() >= 3 * RangeStatisticsPanel::RowsPerLine);
    // Each series is named as in the table's headers: the data's Chinese name in Chinese.
    QStringList names;
    for (const Series &series : m_document->dataset().series)
        names.append(chinese ? series.nameZh : series.nameEn);
    for (int row = RangeStatisticsPanel::NameRow; row < table->rowCount();
         row += RangeStatisticsPanel::RowsPerLine) {
        const QString name = table->item(row, RangeStatisticsPanel::FirstColumn)->text();
        checkText(QStringLiteral("range statistics row %1").arg(row), name);
        QVERIFY2(std::any_of(names.cbegin(), names.cend(),
                             [&name](const QString &series) {
                                 return !series.isEmpty() && name.startsWith(series);
                             }),
                 qPrintable(name));
    }
    // The 13th plan's target against its outcome (2.4%, final communiqué).
    const QString target = panel->planTarget();
    if (chinese) // in English too, the target's verbatim phrase is Chinese
        checkText(QStringLiteral("plan target"), target);
    checkNoOutcomeVintageIds(QStringLiteral("plan target"), target);
    QVERIFY2(target.contains(chinese ? QStringLiteral("2.4%（最终数）")
                                     : QStringLiteral("2.4% (final)")),
             qPrintable(target));
}

void TestUiLanguage::detailsOfAYear()
{
    m_document->selectYear(2018);
    const QString details = m_window->details()->plainText();
    QVERIFY2(details.contains(QStringLiteral("2018")), qPrintable(details));
    checkNoOutcomeVintageIds(QStringLiteral("details of 2018"), details);
    // The 13th plan's target line, and the 2018 GDP target judged on its first release.
    QVERIFY2(details.contains(chinese ? QStringLiteral("2.4%（最终数）")
                                      : QStringLiteral("2.4% (final)")),
             qPrintable(details));
    QVERIFY2(details.contains(chinese ? QStringLiteral("实际 6.6（初次公布数）")
                                      : QStringLiteral("outcome 6.6 (first release)")),
             qPrintable(details));
}

void TestUiLanguage::planLabelsStayApart()
{
    // At 1280×800 the R&D intensity chart is narrow: "第14个五年规划" is wider than its band.
    const QList<YearChart *> charts = m_window->findChildren<YearChart *>();
    QVERIFY(charts.size() >= 3);
    int plates = 0;
    QStringList texts;
    for (const YearChart *chart : charts) {
        const QList<MarkerLabel> labels = chart->markerLabels();
        for (int i = 0; i < labels.size(); ++i) {
            const MarkerLabel &label = labels.at(i);
            const QString what = chart->title() + QStringLiteral(": ") + label.text;
            texts.append(label.text);
            // A plan's label stays in its band (the project has no annotations).
            if (!label.band.isEmpty()) {
                ++plates;
                QVERIFY2(label.rect.left() >= label.band.left()
                             && label.rect.right() <= label.band.right(),
                         qPrintable(what));
            }
            // No label, plate or "break", covers another.
            for (int j = 0; j < i; ++j)
                QVERIFY2(!labels.at(j).rect.intersects(label.rect),
                         qPrintable(what + QStringLiteral(" / ") + labels.at(j).text));
        }
    }
    QVERIFY(plates >= 9);
    // Where the whole name does not fit, the short one the data gives: 十三五.
    if (chinese)
        QVERIFY2(texts.contains(QStringLiteral("十三五")), qPrintable(texts.join(u'|')));
}

void TestUiLanguage::exportDialog()
{
    ExportDialog dialog(m_window.get());
    checkText(QStringLiteral("export dialog title"), dialog.windowTitle());
    int labels = 0;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        const QString text = QString(label->text()).remove(QLatin1Char('&'));
        if (!text.isEmpty() && text.at(0).isLetter()) {
            checkText(QStringLiteral("export dialog label"), label->text());
            ++labels;
        }
    }
    QVERIFY(labels >= 3);
}

void TestUiLanguage::qtOwnStrings()
{
    // Dialog buttons come from Debian's Qt translations (qt6-translations-l10n).
    if (chinese
        && !QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QStringLiteral("/qtbase_zh_CN.qm")))
        QSKIP("qt6-translations-l10n is not installed");
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    const QList<QAbstractButton *> buttons = box.buttons();
    QCOMPARE(buttons.size(), 3);
    for (const QAbstractButton *button : buttons)
        checkText(QStringLiteral("message box button"), button->text());
}

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
