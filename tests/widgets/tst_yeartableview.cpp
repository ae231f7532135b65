#include "sampledataset.h"
#include "yearselection.h"
#include "yeartablemodel.h"
#include "yeartableroles.h"
#include "yeartableview.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QtTest>

using namespace Annals;

namespace {

const QString budget = QStringLiteral("figure/central_st_expenditure/budget");
const QString actual = QStringLiteral("figure/central_st_expenditure/actual");

// Notes the columns whose header text is asked for: to lay it out, draw it or measure it.
class HeaderTextWatch : public YearTableModel
{
public:
    using YearTableModel::YearTableModel;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
            asked.insert(YearTableModel::headerData(section, orientation, YearTableRoles::ColumnId)
                             .toString());
        }
        return YearTableModel::headerData(section, orientation, role);
    }

    mutable QSet<QString> asked;
};

} // namespace

class TestYearTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickingAHeaderSortsByValue();
    void sortedRowsKeepTheirYearsInTheSharedSelection();
    void onlyTheShownColumnsHeadersAreLaidOut_data();
    void onlyTheShownColumnsHeadersAreLaidOut();

private:
    int yearOfViewRow(int row) const;
    QList<int> visibleYears() const;
    void clickHeader(int column);

    YearTableModel *m_model = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    YearTableView *m_view = nullptr;
};

void TestYearTableView::init()
{
    m_model = new YearTableModel(this);
    m_model->setDataset(SampleDataset::make());
    m_selection = new QItemSelectionModel(m_model, this);
    m_view = new YearTableView;
    m_view->setSharedModel(m_model, m_selection);
    m_view->setVisibleColumns({budget, actual});
    m_view->setYearRange(2019, 2024);
    m_view->resize(600, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestYearTableView::cleanup()
{
    delete m_view;
    delete m_selection;
    delete m_model;
}

int TestYearTableView::yearOfViewRow(int row) const
{
    return m_view->model()->headerData(row, Qt::Vertical, YearTableRoles::Year).toInt();
}

QList<int> TestYearTableView::visibleYears() const
{
    QList<int> years;
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        if (!m_view->isRowHidden(row))
            years.append(yearOfViewRow(row));
    }
    return years;
}

void TestYearTableView::clickHeader(int column)
{
    QHeaderView *header = m_view->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

void TestYearTableView::clickingAHeaderSortsByValue()
{
    QCOMPARE(visibleYears(), (QList<int>{2019, 2020, 2021, 2022, 2023, 2024}));
    const int budgetColumn = m_model->columnOf(budget);
    clickHeader(budgetColumn);
    // Budgets: 2023 328.0, 2024 370.8; years without a budget figure come last either way.
    QCOMPARE(visibleYears().mid(0, 2), (QList<int>{2023, 2024}));
    QCOMPARE(visibleYears().last(), 2022);
    clickHeader(budgetColumn);
    QCOMPARE(visibleYears().mid(0, 2), (QList<int>{2024, 2023}));
    QCOMPARE(visibleYears().last(), 2022);
    clickHeader(budgetColumn); // third click: back to year order
    QCOMPARE(visibleYears(), (QList<int>{2019, 2020, 2021, 2022, 2023, 2024}));
}

void TestYearTableView::sortedRowsKeepTheirYearsInTheSharedSelection()
{
    clickHeader(m_model->columnOf(budget));
    // A click on the top row selects its year (2023), not the model's first row.
    const QModelIndex top = m_view->model()->index(0, m_model->columnOf(budget));
    QCOMPARE(yearOfViewRow(0), 2023);
    m_view->scrollTo(top);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(top).center());
    QCOMPARE(YearSelection::selectedRows(m_selection), QList<int>{m_model->rowOfYear(2023)});
    QCOMPARE(m_selection->currentIndex().row(), m_model->rowOfYear(2023));
    // The shared selection set elsewhere (a chart) shows on the row of that year.
    const int row2020 = m_model->rowOfYear(2020);
    YearSelection::selectRows(m_selection, row2020, row2020, row2020);
    QCOMPARE(yearOfViewRow(m_view->currentIndex().row()), 2020);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(yearOfViewRow(rows.first().row()), 2020);
    QCOMPARE(m_view->indexOfYear(2020).row(), rows.first().row());
}

void TestYearTableView::onlyTheShownColumnsHeadersAreLaidOut_data()
{
    QTest::addColumn<bool>("reset");
    // The same years: the new keyword's columns are inserted. Other years: the model resets.
    QTest::newRow("columns inserted") << false;
    QTest::newRow("model reset") << true;
}

void TestYearTableView::onlyTheShownColumnsHeadersAreLaidOut()
{
    QFETCH(bool, reset);
    HeaderTextWatch model;
    model.setDataset(SampleDataset::make());
    QItemSelectionModel selection(&model);
    YearTableView view;
    view.setSharedModel(&model, &selection);
    view.setVisibleColumns({budget, actual});
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int headerHeight = view.horizontalHeader()->height();

    Dataset more = SampleDataset::make();
    for (const char *term : {"创新", "改革", "人工智能", "基础研究 与 应用研究 的 长 名称"})
        more.keywords.vocabulary.append({QString::fromUtf8(term), {}, {}, {}});
    if (reset)
        more.keywords.documents.removeFirst(); // 2018 goes: the years change
    model.asked.clear();
    model.setDataset(more);
    QVERIFY(model.columnCount() > 2 * 4);
    QCoreApplication::processEvents();
    view.repaint(); // the shown headers are drawn, so their text is asked for
    QCOMPARE(model.asked, (QSet<QString>{budget, actual}));
    QCOMPARE(view.shownColumnIds(), (QStringList{budget, actual}));
    QCOMPARE(view.horizontalHeader()->height(), headerHeight);
}

QTEST_MAIN(TestYearTableView)
#include "tst_yeartableview.moc"
