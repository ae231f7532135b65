// The year-over-year reading view: two reports of a project, aligned; an added, a removed and a
// reworded sentence marked as such, changed characters highlighted, the filter, the numbers,
// and the shared year selection following the right-hand report.

#include "comparisonmodel.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "reportcomparison.h"
#include "sampledataset.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QtTest>

using namespace Annals;
using Status = AlignedSentence::Status;

namespace {

ReportTextRef embedded(int year, const QString &text)
{
    ReportTextRef ref;
    ref.fileName = QStringLiteral("gwr-%1-zh.txt").arg(year);
    ref.path = ref.fileName;
    ref.year = year;
    ref.language = QStringLiteral("zh");
    ref.sha256 = QString::number(year);
    ref.embeddedText = text;
    return ref;
}

int rowWith(const ComparisonModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->row(row).oldText == text || model->row(row).newText == text)
            return row;
    }
    return -1;
}

} // namespace

class TestReportComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void marksAddedRemovedAndReworded();
    void highlightsChangedCharacters();
    void listsNumbers();
    void filters();
    void yearSelectionFollowsTheNewReport();

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ReportComparison> m_view;
};

void TestReportComparison::init()
{
    m_document = std::make_unique<ProjectDocument>();
    // Years 2019–2024 in the shared selection.
    Project project = ProjectLoader::newProject(SampleDataset::make());
    project.texts = {embedded(2023, QStringLiteral("推进科技创新。经济增长5%左右。旧的说法。")),
                     embedded(2024, QStringLiteral("推进科技创新。经济增长5.5%左右。全新的说法！"))};
    m_document->resetProject(project);
    m_view = std::make_unique<ReportComparison>(m_document.get());
    new QAbstractItemModelTester(m_view->model(), m_view.get());
    m_view->compareYears(2023, 2024);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestReportComparison::marksAddedRemovedAndReworded()
{
    const ComparisonModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 4);
    const struct
    {
        QString text;
        Status status;
    } expected[] = {{QStringLiteral("推进科技创新。"), Status::Same},
                    {QStringLiteral("经济增长5.5%左右。"), Status::Reworded},
                    {QStringLiteral("旧的说法。"), Status::Removed},
                    {QStringLiteral("全新的说法！"), Status::Added}};
    for (const auto &[text, status] : expected) {
        const int row = rowWith(model, text);
        QVERIFY2(row >= 0, qPrintable(text));
        QCOMPARE(model->index(row, 0).data(ComparisonModel::StatusRole).toInt(), int(status));
        // What is painted: the status colour on the side(s) that hold the sentence.
        const QVariant oldColor = model->index(row, 0).data(Qt::BackgroundRole);
        const QVariant newColor = model->index(row, 1).data(Qt::BackgroundRole);
        switch (status) {
        case Status::Same:
            QVERIFY(!oldColor.isValid() && !newColor.isValid());
            break;
        case Status::Added:
            QVERIFY(!oldColor.isValid());
            QCOMPARE(newColor.value<QColor>(), ComparisonModel::statusColor(status));
            QCOMPARE(model->index(row, 1).data().toString(), text);
            break;
        case Status::Removed:
            QCOMPARE(oldColor.value<QColor>(), ComparisonModel::statusColor(status));
            QVERIFY(!newColor.isValid());
            QCOMPARE(model->index(row, 0).data().toString(), text);
            break;
        case Status::Reworded:
            QCOMPARE(oldColor.value<QColor>(), ComparisonModel::statusColor(status));
            QCOMPARE(newColor.value<QColor>(), ComparisonModel::statusColor(status));
            QCOMPARE(model->index(row, 0).data().toString(), QStringLiteral("经济增长5%左右。"));
            break;
        }
    }
    QVERIFY(ComparisonModel::statusColor(Status::Added)
            != ComparisonModel::statusColor(Status::Removed));
}

void TestReportComparison::highlightsChangedCharacters()
{
    const ComparisonModel *model = m_view->model();
    const int row = rowWith(model, QStringLiteral("经济增长5.5%左右。"));
    const QString oldHtml = model->index(row, 0).data(ComparisonModel::HtmlRole).toString();
    const QString newHtml = model->index(row, 1).data(ComparisonModel::HtmlRole).toString();
    QVERIFY2(newHtml.contains(QStringLiteral("%1;\">5.5</span>")
                                  .arg(ComparisonModel::changeColor(false).name())),
             qPrintable(newHtml));
    QVERIFY2(oldHtml.contains(QStringLiteral("line-through;\">5</span>")), qPrintable(oldHtml));
    QVERIFY(!oldHtml.contains(QStringLiteral("左右</span>")));
}

void TestReportComparison::listsNumbers()
{
    const QString text = m_view->numbersLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("5%左右&nbsp;→&nbsp;<b>5.5%左右</b>")),
             qPrintable(text));
}

void TestReportComparison::filters()
{
    m_view->setFilter(QStringLiteral("说法"));
    const ComparisonModel *model = m_view->model();
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (m_view->isRowShown(row))
            shown.append(model->row(row).oldText + model->row(row).newText);
    }
    QCOMPARE(shown, (QStringList{QStringLiteral("旧的说法。"), QStringLiteral("全新的说法！")}));
    m_view->setFilter(QString());
    QVERIFY(m_view->isRowShown(0));
}

void TestReportComparison::yearSelectionFollowsTheNewReport()
{
    auto *newReport = m_view->findChild<QComboBox *>(QStringLiteral("newReport"));
    QVERIFY(newReport);
    auto *oldReport = m_view->findChild<QComboBox *>(QStringLiteral("oldReport"));
    oldReport->setCurrentIndex(oldReport->findData(2024));
    newReport->setCurrentIndex(newReport->findData(2023));
    QCOMPARE(m_document->currentYear(), 2023);
    // The other way round: the 2024 sentence is now the removed one.
    const int row = rowWith(m_view->model(), QStringLiteral("全新的说法！"));
    QCOMPARE(m_view->model()->row(row).status, Status::Removed);
}

QTEST_MAIN(TestReportComparison)
#include "tst_reportcomparison.moc"
