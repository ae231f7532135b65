#include "chartexporter.h"

#include "chartlayouts.h"

#include "exportcaption.h"
#include "project.h"
#include "safewriter.h"
#include "yearchart.h"
#include "yeartablemodel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace Annals {

namespace {

} // namespace

QList<ChartCatalog::Chart> ChartExporter::chartsOf(ExportRequest::Target target)
{
    using Chart = ChartCatalog::Chart;
    switch (target) {
    case ExportRequest::Target::Spending:
        return {Chart::Spending};
    case ExportRequest::Target::RdIntensity:
        return {Chart::RdIntensity};
    case ExportRequest::Target::Keywords:
        return {Chart::Keywords};
    case ExportRequest::Target::Chart:
        return {};
    case ExportRequest::Target::Dashboard:
        break;
    }
    return {Chart::Spending, Chart::RdIntensity, Chart::Keywords};
}

QList<ChartLayout> ChartExporter::layoutsOf(ExportRequest::Target target) const
{
    if (target == ExportRequest::Target::Chart) {
        const QList<ChartLayout> charts = ChartLayouts::effective(m_project, m_model);
        if (m_chart >= 0 && m_chart < charts.size())
            return {charts.at(m_chart)};
        return {};
    }
    QList<ChartLayout> result;
    for (ChartCatalog::Chart chart : chartsOf(target))
        result.append(ChartLayouts::layoutOf(chart, m_project, m_model));
    return result;
}

std::optional<ExportRequest::Target> ExportRequest::targetFromName(const QString &name)
{
    if (name == QLatin1String("spending"))
        return Target::Spending;
    if (name == QLatin1String("rd"))
        return Target::RdIntensity;
    if (name == QLatin1String("keywords"))
        return Target::Keywords;
    if (name == QLatin1String("dashboard"))
        return Target::Dashboard;
    return std::nullopt;
}

ChartExporter::ChartExporter(const Project &project, const YearTableModel &model,
                             const QStringList &inputs)
    : m_project(project)
    , m_model(model)
    , m_inputs(inputs)
{
}

void ChartExporter::paintChart(QPainter *painter, const ChartLayout &chart,
                               const QRectF &target, const ExportRequest &request,
                               QList<QPointF> *marks) const
{
    const bool bare = request.bare;
    // A chart of its own, laid out without appearing on screen, so the export does not
    // depend on the window's size. Above 1600×1000 it is laid out smaller and drawn
    // enlarged, so text and markers grow with the page like the title and footer.
    double zoom = bare ? 1.0 : ExportLayout::zoomFor(QSizeF(request.size));
    YearChart offscreen;
    // Never below the chart's minimum size: a small target gets the chart drawn reduced,
    // with its proportions, rather than cut.
    const QSize minimum = offscreen.minimumSize();
    zoom = std::min({zoom, target.width() / minimum.width(), target.height() / minimum.height()});
    offscreen.setAttribute(Qt::WA_DontShowOnScreen);
    {
        const YearChart::Batch batch(&offscreen);
        offscreen.setModel(const_cast<YearTableModel *>(&m_model), nullptr);
        // The chart as the analyst arranged it: its added series and relative view.
        ChartLayouts::configure(&offscreen, chart, m_project, m_model);
    }
    if (!bare && layoutsOf(request.target).size() == 1)
        offscreen.setTitle(QString()); // the export's title says it
    offscreen.resize((target.size() / zoom).toSize());
    offscreen.show();
    QCoreApplication::sendPostedEvents();
    offscreen.renderChart(painter, target);
    if (bare)
        return;
    // A ⚠ above every drawn value that carries a caveat; the footer says which.
    TableSelection selection;
    std::tie(selection.firstYear, selection.lastYear) = ChartCatalog::yearRange(m_project.view,
                                                                               m_model);
    const QList<PlotSpec> plots = offscreen.plots();
    for (const PlotSpec &plot : plots)
        selection.columnIds.append(plot.columnId);
    // One mark per year, above the highest of its values with a caveat: several marks in
    // one year would cover the points they explain.
    const double size = 11 * std::max(zoom, 0.8);
    QMap<int, QPointF> highest;
    for (const FlaggedValue &flagged : citation(selection, true).flaggedValues()) {
        PlotAxis axis = PlotAxis::Primary;
        for (const PlotSpec &plot : plots) {
            if (plot.columnId == flagged.columnId)
                axis = plot.axis;
        }
        // Where the value is drawn: in a relative view, its index or change; a value the
        // view leaves out (across a break, no base) has no point to mark.
        const std::optional<double> drawn = offscreen.plottedValue(flagged.columnId,
                                                                   flagged.year);
        if (!drawn)
            continue;
        const QPointF point = offscreen.renderedPositionOf(flagged.year, *drawn, axis, target);
        auto found = highest.find(flagged.year);
        if (found == highest.end())
            highest.insert(flagged.year, point);
        else if (point.y() < found->y())
            *found = point;
    }
    for (const QPointF &point : std::as_const(highest)) {
        const QPointF center(std::clamp(point.x(), target.left() + size, target.right() - size),
                             std::clamp(point.y() - size * 1.2, target.top() + size,
                                        target.bottom() - size));
        ExportLayout::drawCaveatMark(painter, center, size);
        if (marks)
            marks->append(center);
    }
}

void ChartExporter::paint(QPainter *painter, const ExportRequest &request,
                          QList<QPointF> *marks) const
{
    const QRectF all(QPointF(0, 0), QSizeF(request.size));
    painter->fillRect(all, Qt::white);
    const ExportLayout page = layout(request);
    page.draw(painter);
    const QRectF plot = page.plotRect();
    const QList<ChartLayout> charts = layoutsOf(request.target);
    if (charts.size() < 3) {
        if (charts.isEmpty())
            return;
        paintChart(painter, charts.first(), plot, request, marks);
        return;
    }
    const double top = plot.height() * 0.5;
    const double split = plot.width() * 0.58;
    paintChart(painter, charts.at(0), QRectF(plot.left(), plot.top(), split, top), request, marks);
    paintChart(painter, charts.at(1),
               QRectF(plot.left() + split, plot.top(), plot.width() - split, top), request, marks);
    paintChart(painter, charts.at(2),
               QRectF(plot.left(), plot.top() + top, plot.width(), plot.height() - top),
               request, marks);
}

ChartCitation ChartExporter::citation(const TableSelection &selection, bool numbersOnly) const
{
    ChartCitation citation(m_model, selection, numbersOnly);
    citation.setKeywordCounting(m_project.dataset.keywords.rule,
                                m_project.dataset.keywords.generator);
    citation.setDatasetTitle(m_project.dataset.info.title);
    return citation;
}

TableSelection ChartExporter::chartSelection(ExportRequest::Target target) const
{
    TableSelection selection;
    std::tie(selection.firstYear, selection.lastYear) = ChartCatalog::yearRange(m_project.view,
                                                                               m_model);
    for (const ChartLayout &layout : layoutsOf(target)) {
        for (const PlotSpec &plot : ChartLayouts::plots(layout, m_project, m_model))
            selection.columnIds.append(plot.columnId);
    }
    return selection;
}

ChartCitation ChartExporter::chartCitation(ExportRequest::Target target) const
{
    ChartCitation result = citation(chartSelection(target), true);
    QHash<QString, QString> legends;
    for (const ChartLayout &layout : layoutsOf(target)) {
        for (const PlotSpec &plot : ChartLayouts::plots(layout, m_project, m_model))
            legends.insert(plot.columnId, plot.legend);
    }
    result.setColumnNames(legends);
    return result;
}

QString ChartExporter::methods(ExportRequest::Target target, const QDate &date) const
{
    QString text = citation(tableSelection(target), false)
                       .methods(date.isValid() ? date : QDate::currentDate());
    // The data files hold the values themselves; say what the chart made of them.
    for (const ChartLayout &layout : layoutsOf(target)) {
        if (layout.mode == FigureTransform::Mode::Absolute
            || !ChartLayouts::hasRelativeViews(layout))
            continue;
        const QString shown = ChartLayouts::modeAxisTitle(
            layout.mode, ChartLayouts::baseYear(layout, m_project, m_model));
        text += QLatin1Char(' ')
                + tr("The chart \"%1\" shows its figures as \"%2\", computed from the values "
                     "in this file; no value is compared across a series break.")
                      .arg(ChartLayouts::title(layout, m_project, m_model), shown);
    }
    return text;
}

ExportTexts ChartExporter::texts(const ExportRequest &request) const
{
    if (request.bare)
        return {};
    const ChartCitation cited = chartCitation(request.target);
    ExportTexts texts;
    const QList<ChartLayout> charts = layoutsOf(request.target);
    texts.title = ExportCaption::title(charts, m_project, m_model);
    texts.subtitle = ExportCaption::subtitle(charts, m_project, m_model);
    texts.notes = QStringList{cited.sourceLine(), cited.vintageLine()};
    texts.notes.removeAll(QString());
    texts.caveats = cited.caveatLines();
    texts.credit = ChartCitation::creditLine(request.date.isValid() ? request.date
                                                                    : QDate::currentDate());
    return texts;
}

ExportLayout ChartExporter::layout(const ExportRequest &request) const
{
    return ExportLayout(QSizeF(request.size), texts(request));
}

Result<void> ChartExporter::checkHasData(ExportRequest::Target target) const
{
    if (!chartCitation(target).isEmpty())
        return {};
    const auto [first, last] = ChartCatalog::yearRange(m_project.view, m_model);
    return Error::atField(QString(), QStringLiteral("years"),
                          tr("nothing to chart in %1–%2: the data covers %3–%4")
                              .arg(first)
                              .arg(last)
                              .arg(m_model.firstYear())
                              .arg(m_model.lastYear()));
}

Result<void> ChartExporter::checkSize(const ExportRequest &request, const QString &path)
{
    const qint64 pixels = qint64(request.size.width()) * request.size.height() * request.scale
                          * request.scale;
    if (request.size.width() < 200 || request.size.height() < 150 || pixels > maxPixels)
        return Error::inFile(path, tr("%1×%2 at scale %3 is %4 megapixels; exports are at least "
                                      "200×150 and at most %5 megapixels")
                                       .arg(request.size.width())
                                       .arg(request.size.height())
                                       .arg(request.scale)
                                       .arg(pixels / 1000000)
                                       .arg(maxPixels / 1000000));
    return {};
}

QImage ChartExporter::image(const ExportRequest &request, QList<QPointF> *marks) const
{
    const int scale = std::clamp(request.scale, 1, 4);
    QImage image(request.size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(3780 * scale)); // 96 dpi × scale
    image.setDotsPerMeterY(int(3780 * scale));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paint(&painter, request, marks);
    return image;
}

Result<void> ChartExporter::writePng(const ExportRequest &request, const QString &path) const
{
    if (Result<void> fits = checkSize(request, path); !fits)
        return fits.error();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image(request).save(&buffer, "PNG"))
            return Error::inFile(path, tr("the image could not be encoded as PNG"));
    }
    return SafeWriter::writeFile(path, bytes, m_inputs);
}

Result<void> ChartExporter::writeSvg(const ExportRequest &request, const QString &path) const
{
    if (Result<void> fits = checkSize(request, path); !fits)
        return fits.error();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(request.size);
        generator.setViewBox(QRect(QPoint(0, 0), request.size));
        generator.setResolution(96);
        // QSvgGenerator writes these verbatim into XML.
        generator.setTitle(QFileInfo(path).completeBaseName().toHtmlEscaped());
        generator.setDescription(tr("Exported by Annals %1 from %2")
                                     .arg(QCoreApplication::applicationVersion(),
                                          m_project.dataset.info.title)
                                     .toHtmlEscaped());
        QPainter painter(&generator);
        paint(&painter, request);
    }
    return SafeWriter::writeFile(path, bytes, m_inputs);
}

Result<void> ChartExporter::writePdf(const ExportRequest &request, const QString &path) const
{
    if (Result<void> fits = checkSize(request, path); !fits)
        return fits.error();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(request.size) * 72.0 / 96.0, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QFileInfo(path).completeBaseName());
        writer.setCreator(QStringLiteral("Annals ") + QCoreApplication::applicationVersion());
        QPainter painter(&writer);
        paint(&painter, request);
    }
    return SafeWriter::writeFile(path, bytes, m_inputs);
}

TableSelection ChartExporter::tableSelection(ExportRequest::Target target) const
{
    TableSelection selection = chartSelection(target);
    if (target == ExportRequest::Target::Dashboard) {
        // The whole view: also the figures the table shows beside the charts.
        for (const PlotChoice &choice :
             ChartCatalog::tableOnlyChoices(m_project.view, m_project.dataset, m_model)) {
            if (ChartCatalog::isShown(choice, m_project.view))
                selection.columnIds.append(choice.spec.columnId);
        }
    }
    return selection;
}

Result<void> ChartExporter::writeCsv(ExportRequest::Target target, const QString &path, bool wide,
                                     bool withBom) const
{
    const TableSelection selection = tableSelection(target);
    const QString csv = wide ? TableExport::wideCsv(m_model, selection)
                             : TableExport::longCsv(m_model, selection);
    // Both files are written out before either replaces its old version, so a full disk
    // leaves the old pair as it was.
    const QString sidecarPath = path + QStringLiteral(".json");
    SafeWriter table(path, m_inputs);
    SafeWriter sidecar(sidecarPath, m_inputs + QStringList{path});
    for (SafeWriter *writer : {&table, &sidecar}) {
        if (Result<void> opened = writer->open(); !opened)
            return opened.error();
    }
    table.write(TableExport::encode(csv, withBom));
    sidecar.write(TableExport::sidecarJson(m_model, selection, m_project.dataset.info.title,
                                           m_project.dataset.info.caveats,
                                           QFileInfo(path).fileName(), methods(target)));
    for (SafeWriter *writer : {&table, &sidecar}) {
        if (Result<void> committed = writer->commit(); !committed) {
            table.discard();
            sidecar.discard();
            return committed.error();
        }
    }
    return {};
}

} // namespace Annals
