#include "keywordcontroller.h"

#include "chartcatalog.h"
#include "keywordcontextshtml.h"
#include "keyworddeclaration.h"
#include "keywordjobs.h"
#include "keywordmatcher.h"
#include "longtask.h"
#include "projectdocument.h"
#include "reporttextreader.h"
#include "reportviewer.h"
#include "textimportdialog.h"
#include "textlibrary.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QMessageBox>

namespace Annals {

KeywordController::KeywordController(ProjectDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
}

void KeywordController::warn(const QString &title, const QString &message)
{
    if (m_confirmImports)
        QMessageBox::warning(m_window, title, message);
    else
        qWarning("%s: %s", qPrintable(title), qPrintable(message));
}

void KeywordController::importTextsInteractively()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import Report Texts"), QString(),
        tr("Text files (*.txt);;All files (*)"));
    if (!paths.isEmpty())
        importTexts(paths);
}

void KeywordController::importFolderInteractively()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window,
                                                             tr("Import a Folder of Reports"));
    if (folder.isEmpty())
        return;
    const QStringList paths = ReportTextReader::listReportFiles(folder);
    if (paths.isEmpty()) {
        warn(tr("Import Report Texts"), tr("%1 holds no .txt files.").arg(folder));
        return;
    }
    importTexts(paths);
}

bool KeywordController::importTexts(const QStringList &paths)
{
    if (m_document->isBusy())
        return false;
    QList<TextImportItem> items;
    bool embed = false;
    if (m_confirmImports) {
        TextImportDialog dialog(paths, m_window);
        if (dialog.exec() != QDialog::Accepted || m_document->isBusy())
            return false;
        items = dialog.items();
        embed = dialog.embedTexts();
    } else {
        for (const QString &path : paths)
            items.append({path, 0, QString(), TextDecoder::Encoding::Auto});
    }
    if (items.isEmpty())
        return false;
    const QList<KeywordTerm> vocabulary = m_document->dataset().keywords.vocabulary;
    return LongTask::start<TextImportResult>(
        m_document, m_window,
        tr("Counting keywords in %n report(s)…", nullptr, int(items.size())), true,
        [items, vocabulary, embed](const std::atomic<bool> &cancel,
                                   const LongTask::Progress &progress) {
            return KeywordJobs::importTexts(items, vocabulary, embed, cancel, progress);
        },
        [this](const TextImportResult &result) { finishImport(result); });
}

void KeywordController::finishImport(const TextImportResult &result)
{
    if (result.canceled)
        return;
    if (!result.errors.isEmpty()) {
        QStringList lines;
        for (const Error &error : result.errors)
            lines.append(error.toString());
        warn(tr("Some Texts Were Not Imported"),
             tr("%n file(s) could not be read; the others were imported:\n\n", nullptr,
                int(result.errors.size()))
                 + lines.join(QLatin1Char('\n')));
    }
    m_document->importTexts(result.documents, result.texts);
    QList<int> years;
    for (const DocumentCounts &document : result.documents)
        years.append(document.year);
    Q_EMIT textsImported(years, int(result.errors.size()));
}

bool KeywordController::addKeyword(const QString &declaration)
{
    if (m_document->isBusy())
        return false; // e.g. Enter pressed twice while the first count runs
    const Result<KeywordTerm> parsed = KeywordDeclaration::parse(declaration);
    if (!parsed) {
        warn(tr("Cannot Add Keyword"), tr("\"%1\": %2").arg(declaration,
                                                          parsed.error().message));
        return false;
    }
    KeywordTerm term = parsed.value();
    if (m_document->dataset().keywords.term(term.term)) {
        m_document->setKeywordShown(term.term, true);
        return true; // already counted: just show it
    }
    if (term.color.isEmpty()) {
        // Fixed now, so the new line keeps its colour when others are hidden later.
        ViewState view = m_document->viewState();
        view.shownKeywords.append(term.term);
        term.color = ChartCatalog::keywordColor(m_document->dataset(), view, term.term).name();
    }
    const Project project = m_document->project();
    return LongTask::start<TermCountResult>(
        m_document, m_window, tr("Counting %1 in the loaded reports…").arg(term.term), true,
        [term, project](const std::atomic<bool> &cancel, const LongTask::Progress &progress) {
            return KeywordJobs::countTerms({term}, project, cancel, progress);
        },
        [this, term](const TermCountResult &counted) {
            if (counted.canceled)
                return;
            if (counted.countsBySha.isEmpty()) {
                warn(tr("No Report Texts Loaded"),
                     tr("\"%1\" can only be counted in report texts, and none is loaded. "
                        "Import them with File ▸ Import Report Texts, then add the keyword "
                        "again.")
                         .arg(term.term));
                return;
            }
            m_document->addKeywords({term}, counted.countsBySha);
            Q_EMIT keywordAdded(term.term);
        });
}

void KeywordController::removeKeyword(const QString &term)
{
    m_document->removeKeyword(term);
}

void KeywordController::chooseColor(const QString &term)
{
    const QColor current = ChartCatalog::keywordColor(m_document->dataset(),
                                                      m_document->viewState(), term);
    const QColor chosen = QColorDialog::getColor(current, m_window,
                                                 tr("Colour of %1").arg(term));
    if (chosen.isValid())
        m_document->setKeywordColor(term, chosen.name());
}

bool KeywordController::openReportLink(const QUrl &url)
{
    QString sha;
    qsizetype offset = 0;
    qsizetype length = 0;
    if (!KeywordContextsHtml::parseReportLink(url, &sha, &offset, &length))
        return false;
    const Project &project = m_document->project();
    for (const ReportTextRef &ref : project.texts) {
        if (ref.sha256 != sha)
            continue;
        const Result<QString> text = TextLibrary::load(ref);
        if (!text) {
            warn(tr("Cannot Open Report"), text.error().toString());
            return true;
        }
        QList<KeywordTerm> terms;
        for (const KeywordTerm &term : project.dataset.keywords.vocabulary) {
            if (project.view.shownKeywords.contains(term.term))
                terms.append(term);
        }
        const Result<KeywordMatcher> matcher = KeywordMatcher::create(terms);
        QStringList names;
        for (const KeywordTerm &term : terms)
            names.append(term.term);
        auto *viewer = new ReportViewer(
            tr("%1 (%2) — Annals").arg(ref.fileName).arg(ref.year), text.value(),
            matcher ? matcher.value().hits(text.value()) : QList<KeywordHit>(), names, offset,
            m_window);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setObjectName(QStringLiteral("reportViewer"));
        viewer->show();
        return true;
    }
    return true;
}

} // namespace Annals
