#include "mainwindow.h"

#include "annotationspanel.h"
#include "autosave.h"
#include "backgroundsaver.h"
#include "chartvaluesmenu.h"
#include "dashboard.h"
#include "detailsappendix.h"
#include "detailspanel.h"
#include "exportactions.h"
#include "filecontroller.h"
#include "importcontroller.h"
#include "keywordcontroller.h"
#include "keywordpicker.h"
#include "lazydock.h"
#include "languagemenu.h"
#include "newphrasescontroller.h"
#include "planshading.h"
#include "projectdocument.h"
#include "rangestatisticscontroller.h"
#include "seriesmenu.h"
#include "targetreport.h"
#include "targetspanel.h"
#include "yearchart.h"
#include "yearrangecontrol.h"
#include "yeartablemodel.h"
#include "yeartableview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSignalBlocker>
#include <QTabBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

namespace Annals {

MainWindow::MainWindow(ProjectDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_dashboard(new Dashboard(document, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_dashboard);
    setDockNestingEnabled(true);
    setAcceptDrops(true);
    m_files = new FileController(document, this);
    m_autosave = new Autosave(document);
    m_keywords = new KeywordController(document, this);
    m_imports = new ImportController(document, m_files, m_keywords, this);
    createDocks();
    m_newPhrases = new NewPhrasesController(document, m_keywords, this);
    m_rangeStatistics = new RangeStatisticsController(document, m_dashboard, this);
    createToolBar();
    createMenus();

    connect(m_autosave, &Autosave::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Autosave failed; the last recovery file is kept: %1")
                                     .arg(message));
    });
    // Saves run on a worker: say so where it does not cover the messages of other work.
    auto *saving = new QLabel(tr("Saving…"));
    saving->setObjectName(QStringLiteral("savingLabel"));
    saving->hide();
    statusBar()->addPermanentWidget(saving);
    connect(document->saver(), &BackgroundSaver::busyChanged, this, [this, saving](bool busy) {
        saving->setVisible(busy);
        if (!busy && std::exchange(m_closeWhenSaved, false))
            close();
    });
    connect(document, &ProjectDocument::busyChanged, this, &MainWindow::updateForBusy);
    connect(document, &ProjectDocument::viewStateChanged, this, &MainWindow::syncFromViewState);
    connect(document, &ProjectDocument::datasetChanged, this, &MainWindow::syncFromDataset);
    connect(document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::projectReset, this,
            &MainWindow::restoreLayoutFromProject);
    connect(document, &ProjectDocument::aboutToSave, this,
            [this] { m_document->setWindowLayout(saveGeometry(), saveState()); });
    connect(m_dashboard, &Dashboard::shownColumnsChanged, this,
            &MainWindow::updateTableColumns);
    // A panel first built while work runs is disabled like the panels built before it.
    for (LazyDock *dock : findChildren<LazyDock *>()) {
        connect(dock, &LazyDock::built, this, [this](QWidget *content) {
            if (m_document->isBusy() && content->isEnabled()) {
                content->setEnabled(false);
                m_disabledWhileBusy.append(content);
            }
        });
    }
    syncFromDataset(); // and the view state
    updateTableColumns();
    restoreWindowSettings();
}

void MainWindow::restoreWindowSettings()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
        return;
    }
    // First start: most of the screen, but never smaller than the layout was made for.
    m_firstRunLayout = true;
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableSize() : QSize(1280, 800);
    resize(std::min(available.width(), std::max(1280, available.width() * 9 / 10)),
           std::min(available.height(), std::max(800, available.height() * 9 / 10)));
    // The bottom docks are sized now, so the charts are laid out once, at their final size,
    // before the first paint (a second layout of every chart was a tenth of startup), and
    // again when shown, in case the window manager changed the size.
    layout()->activate();
    sizeBottomDocks();
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title,
                                 const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    auto *keywords = new QWidget;
    auto *keywordLayout = new QVBoxLayout(keywords);
    keywordLayout->setContentsMargins(0, 0, 0, 0);
    m_measure = new QComboBox;
    m_measure->addItem(tr("Per 10,000 characters"), int(KeywordMeasure::Per10k));
    m_measure->addItem(tr("Raw counts"), int(KeywordMeasure::Count));
    m_measure->addItem(tr("Change vs previous year, %"), int(KeywordMeasure::RelativeChange));
    m_measure->setToolTip(tr("How keyword trends are measured"));
    m_picker = new KeywordPicker;
    keywordLayout->addWidget(m_measure);
    keywordLayout->addWidget(m_picker, 1);
    QDockWidget *keywordDock = addDock(keywords, tr("Keywords"), QStringLiteral("keywordsDock"),
                                       Qt::LeftDockWidgetArea);
    keywordDock->setMinimumWidth(220);

    m_details = new DetailsPanel;
    m_details->setModel(m_document->yearModel(), m_document->yearSelection());
    QDockWidget *detailsDock = addDock(m_details, tr("Details"), QStringLiteral("detailsDock"),
                                       Qt::RightDockWidgetArea);
    detailsDock->setMinimumWidth(300);

    m_table = new YearTableView;
    m_table->setSharedModel(m_document->yearModel(), m_document->yearSelection());
    QDockWidget *tableDock = addDock(m_table, tr("Data table"), QStringLiteral("tableDock"),
                                     Qt::BottomDockWidgetArea);
    auto *targetsDock = new LazyDock(tr("Targets"), QStringLiteral("targetsDock"),
                                     [this] { return new TargetsPanel(m_document); }, this);
    addDockWidget(Qt::BottomDockWidgetArea, targetsDock);
    tabifyDockWidget(tableDock, targetsDock);
    tableDock->raise();
    // A target's link in the details opens its report through the Targets view.
    connect(m_details, &DetailsPanel::internalLinkActivated, this, [targetsDock](const QUrl &url) {
        QString indicator;
        int year = 0;
        if (TargetReport::parseLink(url, &indicator, &year))
            qobject_cast<TargetsPanel *>(targetsDock->content())->openTargetLink(url);
    });
    resizeDocks({keywordDock, detailsDock}, {230, 310}, Qt::Horizontal);

    // Tabs behind the details: built when first raised.
    auto *historyDock = new LazyDock(tr("History"), QStringLiteral("historyDock"), [this] {
        auto *history = new QUndoView(m_document->undoStack());
        history->setEmptyLabel(tr("<opened>"));
        return history;
    }, this);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(detailsDock, historyDock);
    auto *annotationsDock = new LazyDock(tr("Annotations"), QStringLiteral("annotationsDock"),
                                         [this] { return new AnnotationsPanel(m_document); },
                                         this);
    addDockWidget(Qt::RightDockWidgetArea, annotationsDock);
    tabifyDockWidget(historyDock, annotationsDock);
    detailsDock->raise();
    connect(m_details, &DetailsPanel::yearChanged, this, &MainWindow::updateDetailsAppendix);
    connect(m_document, &ProjectDocument::annotationsChanged, this,
            &MainWindow::updateDetailsAppendix);

    connect(m_picker, &KeywordPicker::keywordToggled, m_document,
            &ProjectDocument::setKeywordShown);
    connect(m_picker, &KeywordPicker::keywordAddRequested, this, [this](const QString &text) {
        if (m_keywords->addKeyword(text))
            m_picker->addEdit()->clear();
    });
    connect(m_picker, &KeywordPicker::keywordRemoveRequested, m_keywords,
            &KeywordController::removeKeyword);
    connect(m_picker, &KeywordPicker::keywordColorRequested, m_keywords,
            &KeywordController::chooseColor);
    connect(m_details, &DetailsPanel::internalLinkActivated, m_keywords,
            &KeywordController::openReportLink);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_document->setKeywordMeasure(KeywordMeasure(m_measure->itemData(index).toInt()));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    m_yearRange = new YearRangeControl;
    toolBar->addWidget(m_yearRange);
    connect(m_yearRange, &YearRangeControl::rangeEdited, m_document,
            &ProjectDocument::setYearRange);
    toolBar->addSeparator();
    // Without a desktop's icon theme Qt uses hicolor, which holds application icons only:
    // looking action icons up there searched every icon folder in vain (3 % of startup).
    const bool themed = QIcon::themeName() != QLatin1String("hicolor");
    const auto icon = [themed](const QString &name) {
        const QIcon drawn(QStringLiteral(":/icons/%1.svg").arg(name));
        return themed ? QIcon::fromTheme(name, drawn) : drawn;
    };
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(icon(QStringLiteral("edit-undo")));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(icon(QStringLiteral("edit-redo")));
    // Icons only: the actions' texts name the command ("Undo Show years 2015–2025").
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar->addAction(undo);
    toolBar->addAction(redo);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    file->addAction(m_files->revertAction());
    file->addSeparator();
    file->addAction(m_imports->addFiguresAction());
    file->addAction(m_imports->replaceFiguresAction());
    file->addAction(tr("Import Report &Texts…"), m_keywords,
                    &KeywordController::importTextsInteractively);
    file->addAction(tr("Import Report F&older…"), m_keywords,
                    &KeywordController::importFolderInteractively);
    auto *exports = new ExportActions(m_document, this);
    file->addAction(exports->exportAction());
    file->addAction(exports->copyAction());
    m_dashboard->setExportActions(exports); // each chart's menu: copy its image, export
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (QAction *action : findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence::Undo || action->shortcut() == QKeySequence::Redo)
            edit->addAction(action);
    }

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addMenu(new SeriesMenu(m_document, m_viewMenu));
    m_viewMenu->addMenu(new ChartValuesMenu(m_document, m_viewMenu));
    m_viewMenu->addAction(m_newPhrases->compareAction());
    QAction *log = m_viewMenu->addAction(tr("&Logarithmic Amount Axis"));
    log->setCheckable(true);
    log->setObjectName(QStringLiteral("logAction"));
    connect(log, &QAction::toggled, m_document, &ProjectDocument::setLogarithmic);
    QAction *plans = m_viewMenu->addAction(tr("Five-Year &Plans"));
    plans->setCheckable(true);
    plans->setObjectName(QStringLiteral("plansAction"));
    plans->setToolTip(tr("Shade and label the plan periods on every year chart"));
    connect(plans, &QAction::toggled, m_document, &ProjectDocument::setPlanPeriodsShown);
    m_viewMenu->addMenu(new LanguageMenu(m_viewMenu));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About These &Figures…"), this, &MainWindow::showDatasetNotes);
    help->addAction(tr("&About Annals"), this, &MainWindow::showAbout);
}

void MainWindow::syncFromDataset()
{
    const Dataset &dataset = m_document->dataset();
    m_picker->setVocabulary(dataset.keywords.vocabulary);
    const YearTableModel *model = m_document->yearModel();
    m_yearRange->setBounds(model->firstYear(), model->lastYear());
    syncFromViewState(); // the details appendix with it
}

void MainWindow::syncFromViewState()
{
    const ViewState &view = m_document->viewState();
    const QHash<QString, QColor> all = ChartCatalog::keywordColors(m_document->dataset(), view);
    QHash<QString, QColor> colors;
    for (const QString &term : view.shownKeywords)
        colors.insert(term, all.value(term));
    m_picker->setShownKeywords(view.shownKeywords, colors);
    updateDetailsAppendix(); // keyword contexts follow the shown keywords
    const auto [first, last] = m_document->yearRange();
    m_yearRange->setRange(first, last);
    m_table->setYearRange(first, last);
    {
        const QSignalBlocker blocker(m_measure);
        m_measure->setCurrentIndex(m_measure->findData(int(view.keywordMeasure)));
    }
    if (auto *plans = findChild<QAction *>(QStringLiteral("plansAction"))) {
        const QSignalBlocker blocker(plans);
        plans->setChecked(view.showPlanPeriods);
    }
    if (auto *log = findChild<QAction *>(QStringLiteral("logAction"))) {
        const QSignalBlocker blocker(log);
        log->setChecked(view.logarithmic);
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? m_document->dataset().info.title
                                        : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Annals").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::restoreLayoutFromProject()
{
    const ViewState &view = m_document->viewState();
    if (!view.windowGeometry.isEmpty())
        restoreGeometry(view.windowGeometry);
    if (!view.windowState.isEmpty()) {
        restoreState(view.windowState);
        m_firstRunLayout = false; // the project's layout wins
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_firstRunLayout, false))
        sizeBottomDocks(); // the window manager may have changed the size
    // Five docks share the right-hand tabs: elided to "D…" and "H…" they cannot be told
    // apart. Full titles, with scroll buttons when they do not fit.
    for (QTabBar *tabs : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        tabs->setElideMode(Qt::ElideNone);
        tabs->setUsesScrollButtons(true);
    }
    // The first frame draws everything laid out: the layouts run, and the charts' scenes
    // report their changes, before the window is exposed. QGraphicsScene reports with a queued
    // call; one still queued at the first paint repainted a chart right after it.
    if (std::exchange(m_firstShow, false))
        QCoreApplication::sendPostedEvents();
}

void MainWindow::sizeBottomDocks()
{
    // The charts come first: below about 480 px their axes lose their labels (1280×800 leaves
    // the table and Targets 230 px). Taller windows give the docks up to 3/8.
    if (auto *table = findChild<QDockWidget *>(QStringLiteral("tableDock")))
        resizeDocks({table}, {std::clamp(height() - 570, 210, height() * 3 / 8)}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Long work (opening, importing, counting) runs: it is canceled or finished first.
    if (m_document->isBusy()) {
        statusBar()->showMessage(tr("Wait for the work in progress to finish, or cancel it."),
                                 5000);
        event->ignore();
        return;
    }
    // Quitting never cuts a save short: the window closes once it is written.
    if (m_document->isSaving()) {
        m_closeWhenSaved = true;
        event->ignore();
        return;
    }
    if (!m_files->maybeSave([this] { close(); })) {
        event->ignore();
        return;
    }
    m_autosave->removeRecoveryFile();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::updateForBusy(bool busy)
{
    // While long work runs, nothing may edit, undo, save, open or close the project: its
    // result is applied to the project as it was. The charts still select years.
    if (busy) {
        for (QAction *action : findChildren<QAction *>()) {
            if (action->isEnabled() && !action->menu()) {
                action->setEnabled(false);
                m_disabledWhileBusy.append(action);
            }
        }
        QList<QWidget *> widgets;
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            widgets.append(dock->widget());
        for (QToolBar *toolBar : findChildren<QToolBar *>())
            widgets.append(toolBar);
        for (QWidget *widget : widgets) {
            if (widget && widget->isEnabled()) {
                widget->setEnabled(false);
                m_disabledWhileBusy.append(widget);
            }
        }
        return;
    }
    for (const QPointer<QObject> &object : std::exchange(m_disabledWhileBusy, {})) {
        if (auto *action = qobject_cast<QAction *>(object))
            action->setEnabled(true);
        else if (auto *widget = qobject_cast<QWidget *>(object))
            widget->setEnabled(true);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            m_imports->openAnyFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::updateTableColumns()
{
    // What the charts draw, then the figures the analyst added for the table only.
    QStringList ids = m_dashboard->shownColumnIds();
    const ViewState &view = m_document->viewState();
    for (const PlotChoice &choice : ChartCatalog::tableOnlyChoices(view, m_document->dataset(),
                                                                   *m_document->yearModel())) {
        if (ChartCatalog::isShown(choice, view))
            ids.append(choice.spec.columnId);
    }
    m_table->setVisibleColumns(ids);
    m_details->setColumns(ids);
}

void MainWindow::updateDetailsAppendix()
{
    // Charts in a relative view: their values beside the absolute ones.
    m_details->setAppendix(m_dashboard->relativeDetailsHtml(m_details->year())
                           + DetailsAppendix::html(m_document->project(), m_details->year(),
                                                   TargetEvaluator::judgingAs(
                                                       m_document->viewState())));
}

void MainWindow::showDatasetNotes()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About These Figures"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<h3>%1</h3>")
                    .arg(m_document->dataset().info.title.toHtmlEscaped())
                + DetailsAppendix::datasetNotes(m_document->project()));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Annals"),
                       tr("<h3>Annals %1</h3><p>Charts government work reports, S&amp;T budgets "
                          "and R&amp;D intensity by year, with every figure traced to its "
                          "source.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Annals
