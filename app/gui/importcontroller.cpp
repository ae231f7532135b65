#include "importcontroller.h"

#include "datasetloader.h"
#include "filecontroller.h"
#include "keywordcontroller.h"
#include "projectdocument.h"
#include "reporttextreader.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include <algorithm>

namespace Annals {

ImportController::ImportController(ProjectDocument *document, FileController *files,
                                   KeywordController *keywords, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_files(files)
    , m_keywords(keywords)
    , m_window(window)
    , m_addFigures(new QAction(tr("&Add Figures…"), this))
    , m_replaceFigures(new QAction(tr("&Replace Figures…"), this))
{
    m_addFigures->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_addFigures->setStatusTip(
        tr("Add the series of an extract or figures table to the project's"));
    connect(m_addFigures, &QAction::triggered, this,
            [this] { importFiguresInteractively(FigureImport::Add); });
    m_replaceFigures->setStatusTip(
        tr("Replace the project's figures and sources with those of a file"));
    connect(m_replaceFigures, &QAction::triggered, this,
            [this] { importFiguresInteractively(FigureImport::Replace); });
    connect(keywords, &KeywordController::textsImported, this,
            &ImportController::reportTextImport);
}

bool ImportController::importFigures(const QString &path, FigureImport how)
{
    const bool isCsv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    Result<Dataset> imported = isCsv ? DatasetLoader::loadFiguresCsv(path)
                                     : DatasetLoader::loadExtract(path);
    if (!imported) {
        QMessageBox::warning(m_window, tr("Cannot import figures"),
                             tr("%1 was not imported; nothing was changed.\n\n%2")
                                 .arg(QFileInfo(path).fileName(),
                                      imported.error().toString()));
        return false;
    }
    const FiguresMerge merge = m_document->importFigures(imported.value(), path, how);
    m_window->statusBar()->showMessage(tr("%1: %2 series added, %3 updated")
                                           .arg(QFileInfo(path).fileName())
                                           .arg(merge.addedSeries.size())
                                           .arg(merge.updatedSeries.size()),
                                       10 * 1000);
    return true;
}

void ImportController::importFiguresInteractively(FigureImport how)
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, how == FigureImport::Add ? tr("Add Figures") : tr("Replace Figures"),
        QString(), tr("Annals extracts and figure tables (*.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFigures(path, how);
}

bool ImportController::openAnyFile(const QString &path, FigureImport figures)
{
    if (m_document->isBusy())
        return false;
    const QFileInfo file(path);
    const QString suffix = file.suffix().toLower();
    if (suffix == QLatin1String("json") || suffix == QLatin1String("csv"))
        return importFigures(path, figures);
    if (suffix == QLatin1String("txt") || file.isDir())
        return m_keywords->importTexts(file.isDir() ? ReportTextReader::listReportFiles(path)
                                                    : QStringList{path});
    return m_files->openFile(path);
}

void ImportController::reportTextImport(QList<int> years, int failed)
{
    // Said where the analyst looks after a long count, and kept until the next message.
    std::sort(years.begin(), years.end());
    QString message;
    if (years.isEmpty()) {
        message = tr("No report text was imported.");
    } else {
        const QString span = years.first() == years.last()
                                 ? QString::number(years.first())
                                 : QStringLiteral("%1–%2").arg(years.first()).arg(years.last());
        message = tr("Imported %n report text(s) (%1); keyword counts updated.", nullptr,
                     int(years.size()))
                      .arg(span);
    }
    if (failed > 0)
        message += QLatin1Char(' ') + tr("%n file(s) could not be read.", nullptr, failed);
    m_window->statusBar()->showMessage(message);
}

} // namespace Annals
