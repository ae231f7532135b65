#include "textimportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace Annals;

class TestTextImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhatWasDetected();
    void theAnalystCorrectsAYear();
};

void TestTextImportDialog::showsWhatWasDetected()
{
    const QString report = QFINDTESTDATA("../data/reports/test-2024-zh.txt");
    const QString gbk = QFINDTESTDATA("../data/reporttextreader/2019年政府工作报告.txt");
    const QString bad = QFINDTESTDATA("../data/textdecoder/invalid-gb18030.txt");
    TextImportDialog dialog({report, gbk, bad});
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 3);
    const auto yearOf = [table](int row) {
        return static_cast<QSpinBox *>(table->cellWidget(row, 1))->value();
    };
    QCOMPARE(yearOf(0), 2024);
    QCOMPARE(yearOf(1), 2019);
    QCOMPARE(table->item(0, 0)->checkState(), Qt::Checked);
    QVERIFY(table->item(0, 4)->text().startsWith(QStringLiteral("UTF-8")));
    // Undecodable: named with the byte offset, and left out.
    QCOMPARE(table->item(2, 0)->checkState(), Qt::Unchecked);
    QVERIFY2(table->item(2, 4)->text().contains(QStringLiteral("byte")),
             qPrintable(table->item(2, 4)->text()));
    const QList<TextImportItem> items = dialog.items();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).path, report);
    QCOMPARE(items.at(0).language, QStringLiteral("zh"));
}

void TestTextImportDialog::theAnalystCorrectsAYear()
{
    TextImportDialog dialog({QFINDTESTDATA("../data/reports/test-2023-zh.txt")});
    auto *year = static_cast<QSpinBox *>(dialog.table()->cellWidget(0, 1));
    year->setValue(2022);
    auto *language = static_cast<QComboBox *>(dialog.table()->cellWidget(0, 2));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    const QList<TextImportItem> items = dialog.items();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().year, 2022);
    QCOMPARE(items.first().language, QStringLiteral("en"));
    year->setValue(year->minimum()); // "unknown": cannot be imported
    QVERIFY(dialog.items().isEmpty());
}

QTEST_MAIN(TestTextImportDialog)
#include "tst_textimportdialog.moc"
