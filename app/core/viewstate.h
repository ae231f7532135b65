#pragma once

#include "chartlayout.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Annals {

/// How keyword trends are measured.
enum class KeywordMeasure {
    Count,          ///< occurrences per report
    Per10k,         ///< occurrences per 10,000 Han characters (or words)
    RelativeChange, ///< per-10k rate as % change against the first year shown that has one
};

/// What the analyst sees: series shown, years, keywords, modes. Saved with the project.
struct ViewState
{
    int firstYear = 0; ///< first year shown; 0 with lastYear 0 = the default range
    int lastYear = 0;
    int selectedYear = 0; ///< current year of the selection when saved; 0 = none
    QStringList shownKeywords;
    KeywordMeasure keywordMeasure = KeywordMeasure::Per10k;
    QStringList hiddenPlots;  ///< column ids of chart series the analyst switched off
    QStringList shownOptionalPlots; ///< column ids of optional series switched on
    bool logarithmic = false; ///< log scale on the spending chart's amount axis
    QByteArray windowGeometry;
    QByteArray windowState;
    /// The brushed years around selectedYear when saved; 0 and 0 = a single year (format 2).
    int brushFirstYear = 0;
    int brushLastYear = 0;
    /// The new-phrase stop-list as the analyst wrote it (StopList); none = the shipped one.
    std::optional<QString> stopList;
    bool showPlanPeriods = true; ///< Five-Year Plan periods shaded on the year charts
    /// Targets are judged on the revised outcome where there is one, else the first release.
    bool judgeRevisedOutcomes = false;
    /// How far an outcome may miss an "about" (左右) target and still be "near", in points.
    double targetTolerance = 0.2;
    /// The charts of the dashboard in order (ViewState record 3); empty = the default ones.
    QList<ChartLayout> charts;

    bool operator==(const ViewState &other) const = default;
};

} // namespace Annals
