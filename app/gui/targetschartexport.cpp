#include "targetschartexport.h"

#include "safewriter.h"
#include "targetchart.h"
#include "targetmarks.h"
#include "targettablemodel.h"
#include "uifonts.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace Annals {

TargetsChartExport::TargetsChartExport(const Project &project, const TargetEvaluator &evaluator,
                                       const QStringList &inputs)
    : m_project(project)
    , m_evaluator(evaluator)
    , m_inputs(inputs)
{}

Result<void> TargetsChartExport::checkHasData() const
{
    if (!m_project.dataset.targets.isEmpty())
        return {};
    return Error::plain(tr("the data has no targets to chart"));
}

void TargetsChartExport::paint(QPainter *painter, const QRectF &target) const
{
    TargetTableModel model;
    model.setDataset(m_project.dataset);
    model.setEvaluator(m_evaluator);
    QStringList ids;
    for (const TargetIndicator &indicator : m_project.dataset.targetIndicators) {
        const bool hasTargets = std::any_of(
            m_project.dataset.targets.cbegin(), m_project.dataset.targets.cend(),
            [&](const Target &candidate) { return candidate.indicatorId == indicator.id; });
        if (hasTargets)
            ids.append(indicator.id);
    }
    painter->save();
    painter->fillRect(target, Qt::white);
    QFont titleFont = UiFonts::font(13);
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(Qt::black);
    const QString title = tr("Targets and outcomes — %1 (%2, tolerance for “about” %3 pp)")
                              .arg(m_project.dataset.info.title,
                                   m_evaluator.preference()
                                           == TargetEvaluator::Preference::Revised
                                       ? tr("revised outcomes")
                                       : tr("first releases"),
                                   QString::number(m_evaluator.tolerance()));
    const double titleHeight = 34;
    painter->drawText(QRectF(target.left() + 12, target.top(), target.width() - 24, titleHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    const int columns = ids.size() > 3 ? 2 : 1;
    const int rows = std::max(1, int(std::ceil(double(ids.size()) / columns)));
    const QRectF grid(target.left(), target.top() + titleHeight, target.width(),
                      target.height() - titleHeight);
    const QSizeF cell(grid.width() / columns, grid.height() / rows);
    for (int i = 0; i < ids.size(); ++i) {
        const TargetIndicator *indicator = m_project.dataset.targetIndicator(ids.at(i));
        TargetChart chart;
        chart.setTitle(indicator->displayName());
        chart.setUnit(indicator->unit);
        chart.setMarks(TargetMarks::build(model, ids.at(i)));
        chart.resize(cell.toSize());
        const QPointF at(grid.left() + (i % columns) * cell.width(),
                         grid.top() + (i / columns) * cell.height());
        painter->save();
        painter->translate(at);
        chart.render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter->restore();
    }
    painter->restore();
}

Result<void> TargetsChartExport::writePng(const QString &path, const QSize &size,
                                          int scale) const
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error::inFile(QFileInfo(path).fileName(),
                             tr("the image could not be encoded as PNG"));
    return SafeWriter::writeFile(path, bytes, m_inputs);
}

Result<void> TargetsChartExport::writeSvg(const QString &path, const QSize &size) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setResolution(96);
        generator.setTitle(QFileInfo(path).completeBaseName().toHtmlEscaped());
        QPainter painter(&generator);
        paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return SafeWriter::writeFile(path, bytes, m_inputs);
}

Result<void> TargetsChartExport::writePdf(const QString &path, const QSize &size) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QFileInfo(path).completeBaseName());
        QPainter painter(&writer);
        paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return SafeWriter::writeFile(path, bytes, m_inputs);
}

} // namespace Annals
