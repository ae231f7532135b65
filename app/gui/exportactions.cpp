#include "exportactions.h"

#include "chartexporter.h"
#include "chartlayouts.h"
#include "exportdialog.h"
#include "projectdocument.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>

namespace Annals {

ExportActions::ExportActions(ProjectDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_export(new QAction(tr("&Export…"), this))
    , m_copy(new QAction(tr("&Copy Dashboard Image"), this))
{
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(m_export, &QAction::triggered, this, &ExportActions::exportInteractively);
    connect(m_copy, &QAction::triggered, this, &ExportActions::copyDashboard);
}

void ExportActions::exportInteractively()
{
    ExportDialog dialog(m_window);
    // The project as the dialog opens: what the citation describes is what gets exported.
    const Project project = m_document->snapshot();
    const QStringList inputs = m_document->filePath().isEmpty()
                                   ? QStringList()
                                   : QStringList{m_document->filePath()};
    ChartExporter exporter(project, *m_document->yearModel(), inputs);
    // The analyst's own charts; the conventional ones have their entries already.
    const QList<ChartLayout> charts = ChartLayouts::effective(project, *m_document->yearModel());
    QList<std::pair<int, QString>> own;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        if (!charts.at(i).isConventional())
            own.append({int(i), ChartLayouts::title(charts.at(i), project,
                                                    *m_document->yearModel())});
    }
    dialog.addCharts(own);
    dialog.setCitation([&exporter, &dialog](ExportRequest::Target target) {
        exporter.setChart(dialog.request().chart);
        return exporter.methods(target);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    exporter.setChart(dialog.request().chart);
    if (const Result<void> hasData = exporter.checkHasData(dialog.request().target); !hasData) {
        QMessageBox::warning(m_window, tr("Nothing to Export"), hasData.error().message);
        return;
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export"),
                                                QStringLiteral("annals.") + dialog.suffix(),
                                                dialog.fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + dialog.suffix();
    const ExportRequest request = dialog.request();
    Result<void> written;
    switch (dialog.format()) {
    case ExportDialog::Format::Png:
        written = exporter.writePng(request, path);
        break;
    case ExportDialog::Format::Svg:
        written = exporter.writeSvg(request, path);
        break;
    case ExportDialog::Format::Pdf:
        written = exporter.writePdf(request, path);
        break;
    case ExportDialog::Format::CsvLong:
    case ExportDialog::Format::CsvWide:
        written = exporter.writeCsv(request.target, path,
                                    dialog.format() == ExportDialog::Format::CsvWide,
                                    dialog.csvWithBom());
        break;
    }
    if (!written)
        QMessageBox::warning(m_window, tr("Export Failed"), written.error().toString());
}

void ExportActions::copyDashboard()
{
    copyChart(ExportRequest::Target::Dashboard);
}

void ExportActions::copyChart(ExportRequest::Target target, int chart)
{
    const Project project = m_document->snapshot();
    ChartExporter exporter(project, *m_document->yearModel());
    exporter.setChart(chart);
    ExportRequest request;
    request.target = target;
    request.size = target == ExportRequest::Target::Dashboard ? QSize(1600, 1000)
                                                              : QSize(1000, 600);
    request.scale = 2;
    QGuiApplication::clipboard()->setImage(exporter.image(request));
}

} // namespace Annals
