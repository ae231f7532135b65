#include "chartcatalog.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "seriesmenu.h"
#include "yeartablemodel.h"

#include <QAction>
#include <QUndoStack>
#include <QtTest>

using namespace Annals;

namespace {

// What a menu shows for \a text: "&&" is an "&", a single "&" marks the next letter.
QString shown(const QString &text)
{
    QString result;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size()) {
            ++i;
            if (text.at(i) != u'&') {
                result.append(text.at(i));
                continue;
            }
        }
        result.append(text.at(i));
    }
    return result;
}

int shortcutMarkers(const QString &text)
{
    int markers = 0;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            markers += text.at(i + 1) == u'&' ? 0 : 1;
            ++i;
        }
    }
    return markers;
}

} // namespace

/// View ▸ Series and the Undo/Redo items show names from the data as they are written.
class TestSeriesMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void seriesNamesKeepTheirAmpersands();
    void undoAndRedoItemsKeepTheAmpersandsOfData();

private:
    std::unique_ptr<ProjectDocument> m_document;
};

void TestSeriesMenu::init()
{
    m_document = std::make_unique<ProjectDocument>();
    const Result<Project> project = ProjectLoader::embeddedProject();
    QVERIFY(project.ok());
    m_document->resetProject(project.value());
}

void TestSeriesMenu::seriesNamesKeepTheirAmpersands()
{
    SeriesMenu menu(m_document.get());
    QStringList legends;
    QStringList titles;
    for (ChartCatalog::Chart chart :
         {ChartCatalog::Chart::Spending, ChartCatalog::Chart::RdIntensity}) {
        titles.append(ChartCatalog::title(chart, m_document->viewState()));
        for (const PlotChoice &choice :
             ChartCatalog::choices(chart, m_document->viewState(), m_document->dataset()))
            legends.append(choice.spec.legend);
    }
    QVERIFY(legends.contains(QStringLiteral("R&D / GDP (final)")));
    QStringList seen;
    QStringList sections;
    for (QAction *action : menu.actions()) {
        if (action->isSeparator()) {
            // Section headers are drawn as they are (Fusion, Windows styles).
            sections.append(action->text());
            continue;
        }
        QCOMPARE(shortcutMarkers(action->text()), 0);
        seen.append(shown(action->text()));
    }
    for (const QString &legend : std::as_const(legends))
        QVERIFY2(seen.contains(legend), qPrintable(legend));
    for (const QString &title : std::as_const(titles))
        QVERIFY2(sections.contains(title), qPrintable(title));
}

void TestSeriesMenu::undoAndRedoItemsKeepTheAmpersandsOfData()
{
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = stack->createUndoAction(this, QStringLiteral("&Undo"));
    QAction *redo = stack->createRedoAction(this, QStringLiteral("&Redo"));
    const QString column = QStringLiteral("figure/rd_intensity_pct_gdp/actual");
    const QString name = m_document->yearModel()
                             ->headerData(m_document->yearModel()->columnOf(column),
                                          Qt::Horizontal)
                             .toString()
                             .replace(u'\n', QStringLiteral(" · "));
    QVERIFY(name.contains(u'&'));
    m_document->setPlotShown(column, false, false);
    QCOMPARE(shortcutMarkers(undo->text()), 1); // "&Undo" only
    QCOMPARE(shown(undo->text()), QStringLiteral("Undo Hide %1").arg(name));
    // The history list shows the text as it is.
    QCOMPARE(stack->text(0), QStringLiteral("Hide %1").arg(name));
    stack->undo();
    QCOMPARE(shortcutMarkers(redo->text()), 1);
    QCOMPARE(shown(redo->text()), QStringLiteral("Redo Hide %1").arg(name));
    // Merged steps keep both texts.
    m_document->setYearRange(2010, 2020);
    m_document->setYearRange(2011, 2020);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(shortcutMarkers(undo->text()), 1);
}

QTEST_MAIN(TestSeriesMenu)
#include "tst_seriesmenu.moc"
