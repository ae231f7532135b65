#include "keywordpicker.h"

#include <QLineEdit>
#include <QListView>
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
    void enterAsksToAddAKeyword();

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

void TestKeywordPicker::enterAsksToAddAKeyword()
{
    QSignalSpy add(m_picker, &KeywordPicker::keywordAddRequested);
    m_picker->addEdit()->setText(QStringLiteral("  ai=人工智能|AI  "));
    QTest::keyClick(m_picker->addEdit(), Qt::Key_Return);
    QCOMPARE(add.count(), 1);
    QCOMPARE(add.first().first().toString(), QStringLiteral("ai=人工智能|AI"));
}

QTEST_MAIN(TestKeywordPicker)
#include "tst_keywordpicker.moc"
