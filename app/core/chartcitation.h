#pragma once

#include "tableexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace Annals {

/// One caveat text and where it applies among the values shown.
struct CaveatNote
{
    QString text;
    QStringList columnIds; ///< the columns it applies to, in order
    QList<int> years;    ///< sorted, each once
};

/// A value shown that carries a caveat: where an export draws its ⚠ marker.
struct FlaggedValue
{
    QString columnId;
    int year = 0;
    double value = 0;

    bool operator==(const FlaggedValue &other) const = default;
};

/*!
 * \brief What an export of a year table's columns must credit: the publishers of every value
 * shown, the vintages, the caveats with where they apply, and a "methods" paragraph.
 *
 * Read from the model's roles only (YearTableRoles), so the table, the charts and the exports
 * agree. Charts show only values with a number; the CSV also shows values the table has as
 * text only (">13", "7.2 (?)"): \a numbersOnly chooses.
 */
class ChartCitation
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ChartCitation)

public:
    ChartCitation(const QAbstractItemModel &model, const TableSelection &selection,
                  bool numbersOnly);

    /// Names to use for columns instead of their headers (e.g. the chart's legend texts).
    void setColumnNames(const QHash<QString, QString> &names);
    /// How keyword columns were counted: the rule in words and the program that counted.
    void setKeywordCounting(const QString &rule, const QString &generator);
    void setDatasetTitle(const QString &title) { m_datasetTitle = title; }

    /// Publishers of the figures shown (keyword counts excluded), in order of first use.
    QStringList publishers() const { return m_publishers; }
    /// Report texts whose keyword counts are shown, sorted.
    QStringList documents() const { return m_documents; }
    /// First and last year of a keyword count shown; {0, -1} when none.
    std::pair<int, int> countedYears() const { return m_countedYears; }
    /// Vintages of the published figures shown (budget, actual…), in order of first use.
    QStringList vintages() const { return m_vintages; }
    QList<CaveatNote> caveats() const { return m_caveats; }
    QList<FlaggedValue> flaggedValues() const { return m_flagged; }
    /// True when no column holds a value to show in the selected years.
    bool isEmpty() const { return m_shownValues == 0; }

    /// "Source: A; B. Keyword counts: 18 report texts (2008–2025), counted by …"
    QString sourceLine() const;
    /// "Vintages: budget, actual." or empty.
    QString vintageLine() const;
    /// One sentence per caveat, with the columns and years it applies to.
    QStringList caveatLines() const;
    /// "Annals 0.1.0 · 2026-12-06"
    static QString creditLine(const QDate &date);
    /// What was counted or computed, from which sources and vintages, with the counting
    /// rule for keywords and the caveats: a paragraph ready to paste into a report.
    QString methods(const QDate &date) const;

    /// "2008–2014, 2016, 2019–2026"
    static QString yearRanges(const QList<int> &years);

private:
    QString columnName(const QString &columnId) const;
    QString methodOf(int column) const;

    const QAbstractItemModel &m_model;
    TableSelection m_selection;
    QHash<QString, QString> m_names;
    QString m_rule;
    QString m_generator;
    QString m_datasetTitle;
    QList<int> m_columns; ///< model columns of the selection, in order
    QStringList m_publishers;
    QStringList m_documents;
    std::pair<int, int> m_countedYears{0, -1};
    QStringList m_vintages;
    QList<CaveatNote> m_caveats;
    QList<FlaggedValue> m_flagged;
    QHash<int, std::pair<int, int>> m_shownYears; ///< model column -> first, last year shown
    int m_shownValues = 0;
};

} // namespace Annals
