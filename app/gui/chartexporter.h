#pragma once

#include "chartcatalog.h"
#include "chartcitation.h"
#include "chartlayout.h"
#include "exportlayout.h"
#include "result.h"
#include "tableexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QSize>

class QPainter;

namespace Annals {

class YearTableModel;
struct Project;

/// What to export: one chart or the whole dashboard, at a size in pixels and a scale.
struct ExportRequest
{
    /// Chart: any chart of the dashboard, the one ChartExporter::setChart() names.
    enum class Target { Spending, RdIntensity, Keywords, Dashboard, Chart };

    Target target = Target::Dashboard;
    QSize size = QSize(1600, 1000); ///< logical pixels (SVG and PDF use them as points at 96 dpi)
    int scale = 1;                  ///< PNG only: 1–4, the image is size × scale pixels
    bool bare = false;              ///< the chart alone: no title, sources, notes or credit
    QDate date = QDate();           ///< of the credit line; invalid = today
    int chart = -1; ///< Target::Chart: the chart's place in the dashboard (from 0)

    static std::optional<Target> targetFromName(const QString &name);
};

/*!
 * Renders charts of a project, off screen and at any size, to PNG, SVG and PDF with the fonts
 * the screen uses, ready to paste into a report: title, subtitle, the chart with its legend,
 * a ⚠ mark on every value with a caveat, and a footer naming the publishers, vintages and
 * caveats of the values shown (ExportLayout); and exports the data the chosen charts show as
 * CSV with a JSON sidecar.
 */
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ChartExporter)

public:
    /// The largest image: 64 megapixels (256 MB of memory), e.g. 4000×4000 at scale 2.
    static constexpr qint64 maxPixels = 64 * 1000 * 1000;
    /// An Error when \a request is smaller than 200×150 or larger than maxPixels.
    static Result<void> checkSize(const ExportRequest &request, const QString &path);

    /// \a inputs are the files the project came from: an export never overwrites them.
    ChartExporter(const Project &project, const YearTableModel &model,
                  const QStringList &inputs = {});

    static QList<ChartCatalog::Chart> chartsOf(ExportRequest::Target target);
    /// The chart ExportRequest::Target::Chart exports: its place in the dashboard
    /// (ChartLayouts::effective()).
    void setChart(int index) { m_chart = index; }
    /// The charts \a target exports, as the analyst arranged them.
    QList<ChartLayout> layoutsOf(ExportRequest::Target target) const;

    /// \a marks, when given, receives the centres of the ⚠ marks drawn (logical pixels).
    QImage image(const ExportRequest &request, QList<QPointF> *marks = nullptr) const;
    Result<void> writePng(const ExportRequest &request, const QString &path) const;
    Result<void> writeSvg(const ExportRequest &request, const QString &path) const;
    Result<void> writePdf(const ExportRequest &request, const QString &path) const;

    /// The columns and years the requested chart (or all charts) shows.
    TableSelection tableSelection(ExportRequest::Target target) const;
    /// The columns the target's charts draw (no table-only figures) and the years shown.
    TableSelection chartSelection(ExportRequest::Target target) const;
    /// Publishers, vintages and caveats of the values the target's charts draw.
    ChartCitation chartCitation(ExportRequest::Target target) const;
    /// The "methods" paragraph of what the target shows (CSV sidecar, "Copy Citation").
    QString methods(ExportRequest::Target target, const QDate &date = QDate()) const;
    /// Title, subtitle and footer of \a request (empty when bare).
    ExportTexts texts(const ExportRequest &request) const;
    ExportLayout layout(const ExportRequest &request) const;
    /// An Error when the target's charts have no value in the years shown.
    Result<void> checkHasData(ExportRequest::Target target) const;
    /// Writes long or wide CSV and, beside it, "<file>.json" with sources and transforms.
    Result<void> writeCsv(ExportRequest::Target target, const QString &path, bool wide,
                          bool withBom) const;

private:
    void paint(QPainter *painter, const ExportRequest &request,
               QList<QPointF> *marks = nullptr) const;
    void paintChart(QPainter *painter, const ChartLayout &chart, const QRectF &target,
                    const ExportRequest &request, QList<QPointF> *marks) const;
    ChartCitation citation(const TableSelection &selection, bool numbersOnly) const;

    const Project &m_project;
    const YearTableModel &m_model;
    QStringList m_inputs;
    int m_chart = -1;
};

} // namespace Annals
