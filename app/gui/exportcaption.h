#pragma once

#include "chartexporter.h"

#include <QCoreApplication>

namespace Annals {

/// Title and subtitle of an exported chart or dashboard: what, in which unit, which years,
/// which measure.
class ExportCaption
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ExportCaption)

public:
    /// \a charts: one chart, or the dashboard's three.
    static QString title(const QList<ChartLayout> &charts, const Project &project,
                         const YearTableModel &model);
    /// "billion yuan; growth, % · 2008–2026 · figures as published"
    static QString subtitle(const QList<ChartLayout> &charts, const Project &project,
                            const YearTableModel &model);

private:
    static QString units(const ChartLayout &chart, const Project &project,
                         const YearTableModel &model);
    static QString measure(const ChartLayout &chart, const ViewState &view);
};

} // namespace Annals
