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
    static QString title(ExportRequest::Target target, const Project &project);
    /// "billion yuan; growth, % · 2008–2026 · figures as published"
    static QString subtitle(ExportRequest::Target target, const Project &project,
                            const YearTableModel &model);

private:
    static QString units(ChartCatalog::Chart chart, const Project &project,
                         const YearTableModel &model);
    static QString measure(ChartCatalog::Chart chart, const ViewState &view);
};

} // namespace Annals
