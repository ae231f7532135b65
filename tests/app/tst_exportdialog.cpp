#include "chartexporter.h"
#include "exportdialog.h"
#include "project.h"
#include "projectloader.h"
#include "yeartablemodel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace Annals;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsShowNoAmpersand();
    void copyCitationCopiesTheMethodsOfTheChosenChart();
    void chartOnlyMakesABareRequest();
    void listsTheAnalystsCharts();
};

void TestExportDialog::labelsShowNoAmpersand()
{
    // A label shows its "&" literally unless it has a buddy to give the shortcut to.
    ExportDialog dialog;
    int labels = 0;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        QString text = label->text();
        if (text.remove(QStringLiteral("&&")).contains(u'&')) {
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            ++labels;
        }
    }
    QVERIFY(labels >= 4); // Export, Format, Size, Scale
}

void TestExportDialog::copyCitationCopiesTheMethodsOfTheChosenChart()
{
    const Result<Project> project = ProjectLoader::embeddedProject();
    QVERIFY(project.ok());
    YearTableModel model;
    model.setDataset(project.value().dataset);
    const ChartExporter exporter(project.value(), model);
    ExportDialog dialog;
    dialog.setCitation([&exporter](ExportRequest::Target target) {
        return exporter.methods(target);
    });
    auto *target = dialog.findChild<QComboBox *>();
    QVERIFY(target);
    target->setCurrentIndex(target->findData(int(ExportRequest::Target::Keywords)));
    QPushButton *copy = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Copy Citation"))
            copy = button;
    }
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, exporter.methods(ExportRequest::Target::Keywords));
    QVERIFY(copied.contains(project.value().dataset.keywords.rule));
    QVERIFY(dialog.isVisible() == false); // copying does not close or open anything
}

void TestExportDialog::chartOnlyMakesABareRequest()
{
    ExportDialog dialog;
    QCheckBox *bare = nullptr;
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text().contains(QLatin1String("Chart only")))
            bare = box;
    }
    QVERIFY(bare);
    QVERIFY(!dialog.request().bare);
    bare->setChecked(true);
    QVERIFY(dialog.request().bare);
}

void TestExportDialog::listsTheAnalystsCharts()
{
    ExportDialog dialog;
    dialog.addCharts({{3, QStringLiteral("Researchers")}});
    auto *target = dialog.findChild<QComboBox *>();
    QVERIFY(target);
    const int item = target->findText(QStringLiteral("Chart: Researchers"));
    QVERIFY(item >= 0);
    target->setCurrentIndex(item);
    QCOMPARE(dialog.request().target, ExportRequest::Target::Chart);
    QCOMPARE(dialog.request().chart, 3);
    target->setCurrentIndex(0);
    QCOMPARE(dialog.request().chart, -1);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
