#pragma once

#include "dataset.h"
#include "yeartablecell.h"
#include "yeartablecolumn.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>

namespace Annals {

/*!
 * \brief Turns a Dataset into the columns and cells of the year table: the charted value of
 * each series and vintage, reported and computed growth rates, and keyword measures.
 */
class YearTableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Annals::YearTableBuilder)

public:
    explicit YearTableBuilder(const Dataset &dataset) : m_dataset(dataset) {}

    /*!
     * Every column the dataset can fill: figures per series and vintage, reported growth
     * where sources printed one, computed growth where two consecutive years allow it, and
     * a count and a per-10k column for every keyword of the vocabulary.
     */
    QList<YearTableColumn> columns() const;
    YearTableCell cell(const YearTableColumn &column, int year) const;
    /// cell().value of each year from \a firstYear to \a lastYear, without the texts a cell
    /// also holds (keyword columns in one pass over the documents).
    QList<std::optional<double>> values(const YearTableColumn &column, int firstYear,
                                        int lastYear) const;
    /// Short two-line header, e.g. "Central S&T expenditure\nbudget".
    QString label(const YearTableColumn &column) const;
    /// Bilingual series or keyword name.
    QString seriesName(const YearTableColumn &column) const;
    QString unit(const YearTableColumn &column) const;
    /// unit() as the data or Annals spells it in English, for files.
    QString unitId(const YearTableColumn &column) const;

private:
    YearTableCell figureCell(const Series &series, const YearTableColumn &column,
                             int year) const;
    YearTableCell reportedGrowthCell(const Series &series, const YearTableColumn &column,
                                     int year) const;
    YearTableCell computedGrowthCell(const Series &series, const YearTableColumn &column,
                                     int year) const;
    YearTableCell keywordCell(const YearTableColumn &column, int year) const;
    std::optional<double> keywordValue(const YearTableColumn &column, int year,
                                       const QString &language) const;
    const QString &languageOf(const QString &keyword) const;
    void describeSource(const Observation &observation, YearTableCell &cell) const;
    QVariantMap alternative(const Series &series, const Observation &observation) const;
    bool hasComputedGrowth(const Series &series, Vintage vintage, Vintage base) const;
    /// The untranslated unit of a keyword column; nullptr for other columns.
    static const char *keywordUnit(ColumnType type);

    const Dataset &m_dataset;
    mutable QHash<QString, QString> m_languages; // keyword -> KeywordCounts::languageOf()
};

/// Formats \a value the way tables and tooltips show values of \a column: percentages of a
/// series with two decimals (2.40, as statistics publish them), amounts as given.
QString formatColumnValue(const YearTableColumn &column, double value,
                          SeriesKind kind = SeriesKind::Amount,
                          const QLocale &locale = QLocale());

} // namespace Annals
