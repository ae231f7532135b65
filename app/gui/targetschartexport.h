#pragma once

#include "project.h"
#include "result.h"
#include "targetevaluator.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

class QPainter;

namespace Annals {

/*!
 * \brief `annals export --chart targets`: one TargetChart per indicator with targets, in a
 * grid under a title, to PNG, SVG or PDF, written through SafeWriter.
 */
class TargetsChartExport
{
    Q_DECLARE_TR_FUNCTIONS(Annals::TargetsChartExport)

public:
    /// \a inputs are the files the project came from: an export never overwrites them.
    TargetsChartExport(const Project &project, const TargetEvaluator &evaluator,
                       const QStringList &inputs = {});

    /// An Error naming nothing to draw when the project has no targets.
    Result<void> checkHasData() const;
    /// Draws the title and the charts into \a target.
    void paint(QPainter *painter, const QRectF &target) const;
    Result<void> writePng(const QString &path, const QSize &size, int scale) const;
    Result<void> writeSvg(const QString &path, const QSize &size) const;
    Result<void> writePdf(const QString &path, const QSize &size) const;

private:
    Project m_project;
    TargetEvaluator m_evaluator;
    QStringList m_inputs;
};

} // namespace Annals
