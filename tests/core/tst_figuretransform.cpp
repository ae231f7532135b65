#include "figuretransform.h"

#include <QtTest>

using namespace Annals;

namespace {

using Mode = FigureTransform::Mode;
using Values = FigureTransform::Values;
const std::optional<double> gap;

} // namespace

class TestFigureTransform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
};

void TestFigureTransform::apply_data()
{
    QTest::addColumn<Values>("values"); // from 2000
    QTest::addColumn<QList<int>>("breaks");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("baseYear");
    QTest::addColumn<Values>("expected");

    const Values tenPercent{100.0, 110.0, 121.0};
    QTest::newRow("absolute") << tenPercent << QList<int>() << int(Mode::Absolute) << 0
                              << tenPercent;
    QTest::newRow("index on the first year")
        << tenPercent << QList<int>() << int(Mode::Index) << 2000 << Values{100.0, 110.0, 121.0};
    QTest::newRow("index on the last year")
        << Values{50.0, gap, 200.0} << QList<int>() << int(Mode::Index) << 2002
        << Values{25.0, gap, 100.0};
    QTest::newRow("index base without a value")
        << Values{50.0, gap, 200.0} << QList<int>() << int(Mode::Index) << 2001
        << Values{gap, gap, gap};
    QTest::newRow("index base outside the years")
        << tenPercent << QList<int>() << int(Mode::Index) << 1990 << Values{gap, gap, gap};
    QTest::newRow("index stops at a break after the base")
        << tenPercent << QList<int>{2002} << int(Mode::Index) << 2000
        << Values{100.0, 110.0, gap};
    QTest::newRow("index stops at a break before the base")
        << tenPercent << QList<int>{2001} << int(Mode::Index) << 2002
        << Values{gap, 110.0 / 121.0 * 100.0, 100.0};
    QTest::newRow("change from the previous year")
        << tenPercent << QList<int>() << int(Mode::ChangeFromPrevious) << 0
        << Values{gap, 10.0, 10.0};
    QTest::newRow("no change across a gap")
        << Values{100.0, gap, 121.0} << QList<int>() << int(Mode::ChangeFromPrevious) << 0
        << Values{gap, gap, gap};
    QTest::newRow("no change across a break")
        << tenPercent << QList<int>{2001} << int(Mode::ChangeFromPrevious) << 0
        << Values{gap, gap, 10.0};
    QTest::newRow("from a negative year")
        << Values{-2.0, 1.0} << QList<int>() << int(Mode::ChangeFromPrevious) << 0
        << Values{gap, 150.0};
}

void TestFigureTransform::apply()
{
    QFETCH(Values, values);
    QFETCH(QList<int>, breaks);
    QFETCH(int, mode);
    QFETCH(int, baseYear);
    QFETCH(Values, expected);
    const Values result = FigureTransform::apply(values, 2000, breaks, Mode(mode), baseYear);
    QCOMPARE(result.size(), expected.size());
    for (qsizetype i = 0; i < result.size(); ++i) {
        QCOMPARE(result.at(i).has_value(), expected.at(i).has_value());
        if (expected.at(i))
            QVERIFY2(qFuzzyCompare(*result.at(i), *expected.at(i)),
                     qPrintable(QString::number(*result.at(i))));
    }
}

QTEST_GUILESS_MAIN(TestFigureTransform)
#include "tst_figuretransform.moc"
