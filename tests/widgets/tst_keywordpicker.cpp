#include "keywordpicker.h"

#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Annals;

class TestKeywordPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tickingEmitsAndSettingDoesNot();
    void filtersByTermOrGloss();
    void typedFilterHasAClearButton();
    void enterAsksToAddAKeyword();
    void filterOutsideTheVocabularyOffersToAddIt();
    void longGlossesAreElidedWithATooltip();
    void swatchesShowTheColoursOfShownKeywords();
    void theSameVocabularyKeepsTheList();

private:
    KeywordPicker *m_picker = nullptr;
};

void TestKeywordPicker::init()
{
    m_picker = new KeywordPicker;
    m_picker->setVocabulary({{QStringLiteral("科技"), QStringLiteral("science & technology"), {}, {}},
                             {QStringLiteral("芯片"), QStringLiteral("chips"), {}, {}},
                             {QStringLiteral("chips"), QStringLiteral("group"),
                              {QStringLiteral("芯片"), QStringLiteral("集成电路")}, {}}});
}

void TestKeywordPicker::cleanup()
{
    delete m_picker;
}

void TestKeywordPicker::tickingEmitsAndSettingDoesNot()
{
    QSignalSpy toggled(m_picker, &KeywordPicker::keywordToggled);
    m_picker->setShownKeywords({QStringLiteral("科技")}, {{QStringLiteral("科技"), Qt::blue}});
    QCOMPARE(toggled.count(), 0);
    QCOMPARE(m_picker->shownKeywords(), QStringList{QStringLiteral("科技")});
    m_picker->toggle(QStringLiteral("芯片"), true);
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.first().at(0).toString(), QStringLiteral("芯片"));
    QCOMPARE(toggled.first().at(1).toBool(), true);
}

void TestKeywordPicker::filtersByTermOrGloss()
{
    auto *list = m_picker->findChild<QListView *>();
    QCOMPARE(list->model()->rowCount(), 3);
    m_picker->filterEdit()->setText(QStringLiteral("CHIPS"));
    QCOMPARE(list->model()->rowCount(), 2); // 芯片 — chips, chips — group
    m_picker->filterEdit()->setText(QStringLiteral("科"));
    QCOMPARE(list->model()->rowCount(), 1);
}

void TestKeywordPicker::typedFilterHasAClearButton()
{
    m_picker->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_picker));
    auto *list = m_picker->findChild<QListView *>();
    QLineEdit *filter = m_picker->filterEdit();
    QTest::keyClicks(filter, QStringLiteral("chips"));
    QCOMPARE(list->model()->rowCount(), 2);
    // Qt's clear button: a tool button at the line edit's end showing its clear action.
    QToolButton *clear = nullptr;
    for (auto *button : filter->findChildren<QToolButton *>()) {
        if (button->defaultAction()
            && button->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction"))
            clear = button;
    }
    QVERIFY(clear);
    QTRY_VERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(list->model()->rowCount(), 3);
}

void TestKeywordPicker::enterAsksToAddAKeyword()
{
    QSignalSpy add(m_picker, &KeywordPicker::keywordAddRequested);
    m_picker->addEdit()->setText(QStringLiteral("  ai=人工智能|AI  "));
    QTest::keyClick(m_picker->addEdit(), Qt::Key_Return);
    QCOMPARE(add.count(), 1);
    QCOMPARE(add.first().first().toString(), QStringLiteral("ai=人工智能|AI"));
}

void TestKeywordPicker::filterOutsideTheVocabularyOffersToAddIt()
{
    m_picker->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_picker));
    QSignalSpy add(m_picker, &KeywordPicker::keywordAddRequested);
    m_picker->filterEdit()->setFocus();
    m_picker->filterEdit()->insert(QStringLiteral("一带一路")); // as an input method would
    auto *list = m_picker->findChild<QListView *>();
    QCOMPARE(list->model()->rowCount(), 0);
    QPushButton *offer = m_picker->addFilteredButton();
    QVERIFY(offer->isVisible());
    QCOMPARE(offer->text(), QStringLiteral("Add 一带一路 and count it"));
    QTest::mouseClick(offer, Qt::LeftButton);
    QCOMPARE(add.count(), 1);
    QCOMPARE(add.first().first().toString(), QStringLiteral("一带一路"));
    // A filter that matches keeps the list and offers nothing.
    m_picker->filterEdit()->setText(QStringLiteral("chips"));
    QVERIFY(!offer->isVisible());
}

void TestKeywordPicker::longGlossesAreElidedWithATooltip()
{
    const QString gloss = QStringLiteral("new quality productive forces, a phrase first used in "
                                         "2023 and central to the 2024 report");
    m_picker->resize(230, 400);
    m_picker->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_picker));
    // As in the application: the vocabulary arrives after the dock is shown, short terms first.
    m_picker->setVocabulary({{QStringLiteral("科技"), QStringLiteral("S&T"), {}, {}},
                             {QStringLiteral("新质生产力"), gloss, {}, {}}});
    m_picker->setShownKeywords({QStringLiteral("科技")}, {{QStringLiteral("科技"), Qt::blue}});
    auto *list = m_picker->findChild<QListView *>();
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents(); // the list lays its items out later
    const QModelIndex first = list->model()->index(1, 0);
    // The row fits the list's width (the delegate elides its text), nothing scrolls sideways.
    QVERIFY2(list->visualRect(first).right() <= list->viewport()->width(),
             qPrintable(QString::number(list->visualRect(first).width())));
    QVERIFY(!list->horizontalScrollBar()->isVisible());
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(gloss));
}

void TestKeywordPicker::swatchesShowTheColoursOfShownKeywords()
{
    // The colour in the middle of each row's swatch: its keyword's, or none when not shown.
    auto *list = m_picker->findChild<QListView *>();
    const auto swatchOf = [list](const QString &term) {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (!index.data(Qt::DisplayRole).toString().startsWith(term + QLatin1Char(' ')))
                continue;
            const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
            return icon.pixmap(12, 12).toImage().pixelColor(6, 6);
        }
        return QColor();
    };
    m_picker->setShownKeywords({QStringLiteral("科技")}, {{QStringLiteral("科技"), Qt::blue}});
    QCOMPARE(swatchOf(QStringLiteral("科技")), QColor(Qt::blue));
    QCOMPARE(swatchOf(QStringLiteral("芯片")).alpha(), 0);
    // Set again with another colour, and with another keyword shown instead.
    m_picker->setShownKeywords({QStringLiteral("科技")}, {{QStringLiteral("科技"), Qt::red}});
    QCOMPARE(swatchOf(QStringLiteral("科技")), QColor(Qt::red));
    m_picker->setShownKeywords({QStringLiteral("芯片")}, {{QStringLiteral("芯片"), Qt::green}});
    QCOMPARE(swatchOf(QStringLiteral("科技")).alpha(), 0);
    QCOMPARE(swatchOf(QStringLiteral("芯片")), QColor(Qt::green));
    QCOMPARE(m_picker->shownKeywords(), QStringList{QStringLiteral("芯片")});
}

void TestKeywordPicker::theSameVocabularyKeepsTheList()
{
    // Reopening a project sets the vocabulary it already shows: the rows stay as they are
    // (where the list is scrolled, what is ticked); another vocabulary replaces them.
    const QList<KeywordTerm> vocabulary = {
        {QStringLiteral("科技"), QStringLiteral("science & technology"), {}, {}},
        {QStringLiteral("芯片"), QStringLiteral("chips"), {}, {}},
        {QStringLiteral("chips"), QStringLiteral("group"),
         {QStringLiteral("芯片"), QStringLiteral("集成电路")}, {}}};
    auto *list = m_picker->findChild<QListView *>();
    m_picker->setShownKeywords({QStringLiteral("芯片")}, {{QStringLiteral("芯片"), Qt::green}});
    const QPersistentModelIndex second(list->model()->index(1, 0));
    m_picker->setVocabulary(vocabulary);
    QVERIFY(second.isValid());
    QCOMPARE(m_picker->shownKeywords(), QStringList{QStringLiteral("芯片")});

    QList<KeywordTerm> other = vocabulary;
    other[1].gloss = QStringLiteral("semiconductor chips");
    m_picker->setVocabulary(other);
    QVERIFY(!second.isValid());
    QCOMPARE(list->model()->index(1, 0).data().toString(),
             QStringLiteral("芯片 — semiconductor chips"));
    QCOMPARE(m_picker->shownKeywords(), QStringList{QStringLiteral("芯片")});
}

QTEST_MAIN(TestKeywordPicker)
#include "tst_keywordpicker.moc"
