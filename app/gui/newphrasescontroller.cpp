#include "newphrasescontroller.h"

#include "keywordcontroller.h"
#include "keywordmatcher.h"
#include "newphrasespanel.h"
#include "projectdocument.h"
#include "reportcomparison.h"
#include "reportviewer.h"
#include "textlibrary.h"

#include "inputlimits.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPromise>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace Annals {

NewPhrasesController::NewPhrasesController(ProjectDocument *document,
                                           KeywordController *keywords, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_keywords(keywords)
    , m_window(window)
    , m_panel(new NewPhrasesPanel)
{
    m_dock = new QDockWidget(tr("New Phrases"), window);
    m_dock->setObjectName(QStringLiteral("newPhrasesDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // A tab beside the annotations, where it has the room of the details panel.
    if (auto *annotations = window->findChild<QDockWidget *>(QStringLiteral("annotationsDock")))
        window->tabifyDockWidget(annotations, m_dock);
    // The details stay the tab in front: the new tab must not cover them at startup.
    if (auto *details = window->findChild<QDockWidget *>(QStringLiteral("detailsDock")))
        details->raise();
    m_compareAction = new QAction(tr("&Compare Reports…"), this);
    m_compareAction->setObjectName(QStringLiteral("compareReportsAction"));
    m_compareAction->setStatusTip(
        tr("Two reports side by side: added, removed and reworded sentences"));
    connect(m_compareAction, &QAction::triggered, this, &NewPhrasesController::openComparison);

    m_stopList = StopList::fromText(StopList::defaultText());
    followStopList();

    connect(m_panel, &NewPhrasesPanel::yearChosen, this, [this](int year) {
        m_document->selectYear(year);
        refresh();
    });
    connect(m_panel, &NewPhrasesPanel::statusChosen, this, &NewPhrasesController::refresh);
    connect(m_panel, &NewPhrasesPanel::addKeywordRequested, m_keywords,
            &KeywordController::addKeyword);
    connect(m_panel, &NewPhrasesPanel::showInReportRequested, this,
            &NewPhrasesController::showInReport);
    connect(m_panel, &NewPhrasesPanel::stopListEditRequested, this,
            &NewPhrasesController::editStopList);
    connect(document, &ProjectDocument::viewStateChanged, this,
            &NewPhrasesController::followStopList);
    connect(document, &ProjectDocument::datasetChanged, this, &NewPhrasesController::reindex);
    connect(document, &ProjectDocument::projectReset, this, &NewPhrasesController::reindex);
    connect(document->yearSelection(), &QItemSelectionModel::currentChanged, this,
            &NewPhrasesController::followSelection);
    connect(&m_watcher, &QFutureWatcher<Index>::progressValueChanged, m_panel, [this](int done) {
        m_panel->setProgress(done, m_watcher.progressMaximum());
    });
    connect(&m_watcher, &QFutureWatcher<Index>::finished, this,
            &NewPhrasesController::indexFinished);
    reindex();
}

NewPhrasesController::~NewPhrasesController()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void NewPhrasesController::reindex()
{
    QStringList shas;
    for (const ReportTextRef &ref : m_document->project().texts)
        shas.append(ref.sha256);
    if (shas == m_indexedTexts && (m_finder || m_watcher.isRunning()))
        return;
    m_indexedTexts = shas;
    if (m_watcher.isRunning())
        m_watcher.cancel(); // its result is dropped by generation
    const quint64 generation = ++m_generation;
    const QList<ReportTextRef> refs = m_document->project().texts;
    m_panel->setProgress(0, int(refs.size()) + 2,
                         refs.isEmpty() ? noTextsHint()
                                        : tr("Indexing %n report(s)…", nullptr,
                                             int(refs.size())));
    m_watcher.setFuture(QtConcurrent::run([refs, generation](QPromise<Index> &promise) {
        Index index;
        index.generation = generation;
        QList<ReportText> texts;
        for (const ReportTextRef &ref : refs) {
            const Result<QString> text = TextLibrary::load(ref);
            if (!text) {
                index.errors.append(text.error().toString());
                continue;
            }
            ReportText report;
            report.path = ref.path;
            report.fileName = ref.fileName;
            report.year = ref.year;
            report.language = ref.language;
            report.text = text.value();
            texts.append(report);
        }
        std::atomic_bool cancel = false;
        index.finder = std::make_shared<PhraseFinder>();
        index.finder->build(texts, PhraseOptions(), [&promise, &cancel](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            if (promise.isCanceled())
                cancel = true;
        }, &cancel);
        promise.addResult(index);
    }));
}

QString NewPhrasesController::noTextsHint()
{
    return tr("No report texts are loaded. Import them with File ▸ Import Report Texts… to "
              "find the phrases that are new each year.");
}

void NewPhrasesController::indexFinished()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const Index index = m_watcher.result();
    if (index.generation != m_generation)
        return;
    m_finder = index.finder;
    QList<int> years = m_finder->years();
    m_panel->setYears(years);
    m_panel->setProgress(1, 1);
    if (!index.errors.isEmpty())
        m_panel->setMessage(tr("Not indexed:\n%1").arg(index.errors.join(QLatin1Char('\n'))));
    else if (years.isEmpty())
        m_panel->setMessage(noTextsHint());
    else
        m_panel->setMessage(QString());
    followSelection();
    refresh();
    Q_EMIT indexed();
}

void NewPhrasesController::followSelection()
{
    if (m_panel->setYear(m_document->currentYear()))
        refresh();
}

void NewPhrasesController::refresh()
{
    if (!m_finder)
        return;
    const int year = m_panel->year();
    m_panel->setRows(m_panel->status() == PhraseRow::Status::New
                         ? m_finder->newPhrases(year, m_stopList, rowLimit)
                         : m_finder->droppedPhrases(year, m_stopList, rowLimit));
}

void NewPhrasesController::followStopList()
{
    const QString text = m_document->viewState().stopList.value_or(StopList::defaultText());
    if (text == m_stopList.text())
        return;
    m_stopList = StopList::fromText(text); // valid: the editor and ProjectValidator check it
    if (m_finder)
        refresh();
}

QString NewPhrasesController::setStopListText(const QString &text)
{
    if (text.size() > InputLimits::maxStopListLength) {
        return tr("The list has %1 characters; a stop-list holds at most %2.")
            .arg(text.size())
            .arg(InputLimits::maxStopListLength);
    }
    QString error;
    StopList::fromText(text, &error);
    if (!error.isEmpty())
        return error;
    const bool shipped = text.trimmed().isEmpty() || text == StopList::defaultText();
    m_document->setStopList(shipped ? std::nullopt : std::optional<QString>(text));
    return {};
}

void NewPhrasesController::editStopList()
{
    QString text = m_stopList.text();
    for (;;) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(
            m_window, tr("Stop-List"),
            tr("Phrases holding one of these are not listed. One a line; /.../ is a regular "
               "expression; # starts a comment. Empty: the list that ships. Saved in the "
               "project."),
            text, &ok);
        if (!ok)
            return;
        const QString error = setStopListText(text);
        if (error.isEmpty())
            return;
        QMessageBox::warning(m_window, tr("Stop-List"),
                             tr("The stop-list was not changed: %1").arg(error));
    }
}

void NewPhrasesController::showInReport(const PhraseRow &row)
{
    for (const ReportTextRef &ref : m_document->project().texts) {
        if (ref.path != row.reportPath)
            continue;
        const Result<QString> text = TextLibrary::load(ref);
        if (!text) {
            QMessageBox::warning(m_window, tr("Cannot Open Report"), text.error().toString());
            return;
        }
        const Result<KeywordMatcher> matcher
            = KeywordMatcher::create({KeywordTerm{row.phrase, QString(), {}, QString()}});
        auto *viewer = new ReportViewer(
            tr("%1 (%2) — Annals").arg(ref.fileName).arg(ref.year), text.value(),
            matcher ? matcher.value().hits(text.value()) : QList<KeywordHit>(), {row.phrase},
            row.offset, m_window);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setObjectName(QStringLiteral("reportViewer"));
        viewer->show();
        return;
    }
}

void NewPhrasesController::openComparison()
{
    if (!m_comparison) {
        m_comparison = new ReportComparison(m_document, m_window);
        m_comparison->setWindowFlag(Qt::Window);
        m_comparison->setAttribute(Qt::WA_DeleteOnClose);
        m_comparison->setObjectName(QStringLiteral("reportComparison"));
    }
    m_comparison->show();
    m_comparison->raise();
}

} // namespace Annals
