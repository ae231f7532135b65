#pragma once

#include <QtGlobal>

#include <cstdint>

namespace Annals {

/*!
 * \brief The one table of limits on untrusted input, used by every reader and by the project
 * loader (ProjectValidator), so that a project can never hold what a reader refuses and a
 * reader never accepts what a project cannot hold. README.md, "Input limits", lists them.
 *
 * Each limit is checked while reading, before the work it bounds: a list is refused at its
 * first element past the limit, not parsed whole and counted afterwards.
 */
namespace InputLimits {

/// Extracts, figure tables, keyword counts and keyword files: 64 MiB.
constexpr qint64 maxDataFileBytes = 64 * 1024 * 1024;
/// Project files, header included: 64 MiB.
constexpr qint64 maxProjectFileBytes = 64 * 1024 * 1024;
/// One report text: 256 MiB.
constexpr qint64 maxReportTextBytes = 256 * 1024 * 1024;

/// Items (list entries and strings) a whole project file may hold: each costs CPU time however
/// small it is.
constexpr std::uint64_t maxProjectItems = 1000000;

/// Memory a project's items may take beyond the bytes of their texts (list slots, hash nodes,
/// records, one allocation per text). One byte on disk can become a hundred in memory (an
/// empty text in a list), so neither the file size nor the item count bounds memory; this
/// does: about 350,000 keyword counts or 130,000 observations.
constexpr std::uint64_t maxProjectItemBytes = 24 * 1024 * 1024;

/// Figure series in a dataset (extract, figure table, project): each is a column of the year
/// table and a legend entry.
constexpr qsizetype maxSeries = 2000;
/// Observations in a dataset, over all series.
constexpr qsizetype maxObservations = 500000;
/// Sources of a dataset.
constexpr qsizetype maxSources = 100000;
/// Series breaks of one series (a basis rarely changes more than a few times).
constexpr qsizetype maxSeriesBreaks = 200;
/// Dataset-wide caveats.
constexpr qsizetype maxCaveats = 200;
/// Indicators of a dataset's targets (each is a row of the Targets view).
constexpr qsizetype maxTargetIndicators = 200;
/// Targets of a dataset (one per indicator and year), over all indicators.
constexpr qsizetype maxTargets = 100000;
/// Planning periods (Five-Year Plans) of a dataset: each is shaded on every year chart.
constexpr qsizetype maxPeriods = 200;
/// Characters of a target's verbatim phrase, its source or an outcome's source: drawn in
/// tooltips and the details panel.
constexpr qsizetype maxPhraseLength = 2000;

/*!
 * Keywords (and groups) in one vocabulary: keyword counts, `--keywords` files, `count`, the
 * picker and projects. One number everywhere, because what `count --format json` writes must
 * open in a project, and each keyword adds three columns to the year table.
 */
constexpr qsizetype maxKeywords = 2000;
/*!
 * Keywords a project shows at once: each is a line (or several, split at missing years) and a
 * legend entry, and QtCharts takes time quadratic in them (100: a second to export, 2,000:
 * minutes). More lines than this are unreadable anyway.
 */
constexpr qsizetype maxShownKeywords = 100;
/// Characters of all keywords of a vocabulary together (group members included).
constexpr qsizetype maxKeywordsTotalLength = 200000;
/// Characters of one keyword, group name or group member: it is drawn in legends. Times
/// maxKeywords, it is maxKeywordsTotalLength.
constexpr qsizetype maxKeywordLength = 100;
/// Characters of a keyword's gloss: it is drawn after the keyword in the chart legend.
constexpr qsizetype maxGlossLength = 200;
/// Report documents counted in keyword counts.
constexpr qsizetype maxDocuments = 5000;

/// Characters of a series id, name (each language) or unit: drawn in legends and axis titles.
constexpr qsizetype maxNameLength = 200;

/// Report texts a project lists.
constexpr qsizetype maxTexts = 5000;
/// Annotations of a project.
constexpr qsizetype maxAnnotations = 1000;
/// Characters of an annotation label (drawn on every chart).
constexpr qsizetype maxLabelLength = 200;

/*!
 * The largest magnitude of a figure: 10^15, a thousand trillion. Far above any budget in any
 * unit, and far below the overflow of a chart axis (which pads the range and rounds it to
 * powers of ten: 1.5e308 on a log axis made QtCharts recurse without end).
 */
constexpr double maxValueMagnitude = 1e15;
/// The largest keyword count or normalisation base: 2^53, exact as a JSON number.
constexpr qint64 maxCount = qint64(1) << 53;

/// The largest tolerance of an "about" target, in percentage points (the Targets view's).
constexpr double maxTargetTolerance = 5.0;
/// Characters of a new-phrase stop-list (every phrase is checked against each entry).
constexpr qsizetype maxStopListLength = 20000;
/// Charts of a dashboard: each is a chart on screen and in the dashboard export.
constexpr qsizetype maxCharts = 12;
/// Series an analyst puts on one chart beyond its own: each is a legend entry.
constexpr qsizetype maxSeriesPerChart = 20;

/// Figures and report texts: years 1900–2100.
constexpr int firstYear = 1900;
constexpr int lastYear = 2100;
/// Keyword counts: years 0–9999, 0 when unknown.
constexpr int lastKeywordCountYear = 9999;

/// Input echoed in a message is cut to this many characters (then "…").
constexpr qsizetype maxEchoedLength = 80;

} // namespace InputLimits

} // namespace Annals
