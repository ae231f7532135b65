#include "dashboard.h"
#include "datasetloader.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "uilanguage.h"
#include "yearchart.h"
#include "yeartablemodel.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
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
    void exportDialog();
    void qtOwnStrings();

private:
    static bool hasHan(const QString &text);
    // Chinese translation: every text must hold Chinese; English: none may.
    static void checkText(const QString &what, const QString &text);
    static void checkMenu(const QMenu *menu, const QString &path);

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
