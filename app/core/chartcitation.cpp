#include "chartcitation.h"

#include "yeartablecolumn.h"
#include "yeartableroles.h"

#include <QAbstractItemModel>
#include <QSet>

#include <algorithm>

namespace Annals {

namespace {

QString headerLabel(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal)
        .toString()
        .replace(QLatin1Char('\n'), QStringLiteral(" · "));
}

void appendOnce(QStringList &list, const QString &text)
{
    if (!text.isEmpty() && !list.contains(text))
        list.append(text);
}

} // namespace

ChartCitation::ChartCitation(const QAbstractItemModel &model, const TableSelection &selection,
                             bool numbersOnly)
    : m_model(model)
    , m_selection(selection)
{
    for (const QString &id : selection.columnIds) {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.headerData(column, Qt::Horizontal, YearTableRoles::ColumnId) == id) {
                m_columns.append(column);
                break;
            }
        }
    }
    QHash<QString, int> caveatIndex;
    QSet<QString> documents;
    for (int column : std::as_const(m_columns)) {
        const QString id =
            model.headerData(column, Qt::Horizontal, YearTableRoles::ColumnId).toString();
        const auto type = ColumnType(
            model.headerData(column, Qt::Horizontal, YearTableRoles::ColumnType).toInt());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, column);
            const int year = index.data(YearTableRoles::Year).toInt();
            if (year < selection.firstYear || year > selection.lastYear)
                continue;
            const QVariant value = index.data(YearTableRoles::Value);
            if (!value.isValid()
                && (numbersOnly || index.data(YearTableRoles::PlainText).toString().isEmpty()))
                continue;
            ++m_shownValues;
            auto &[first, last] = m_shownYears[column];
            first = first == 0 ? year : std::min(first, year);
            last = std::max(last, year);
            const QStringList publishers = index.data(YearTableRoles::Publishers).toStringList();
            if (isKeywordColumn(type)) {
                for (const QString &document : publishers)
                    documents.insert(document);
                m_countedYears.first = m_countedYears.first == 0
                                           ? year
                                           : std::min(m_countedYears.first, year);
                m_countedYears.second = std::max(m_countedYears.second, year);
            } else {
                for (const QString &publisher : publishers)
                    appendOnce(m_publishers, publisher);
            }
            // Computed growth has no vintage of its own; its figures have theirs.
            if (type == ColumnType::Figure || type == ColumnType::ReportedGrowth)
                appendOnce(m_vintages, index.data(YearTableRoles::Vintage).toString());
            const QStringList flags = index.data(YearTableRoles::FlagTexts).toStringList();
            if (!flags.isEmpty() && value.isValid())
                m_flagged.append({id, year, value.toDouble()});
            for (const QString &flag : flags) {
                auto found = caveatIndex.find(flag);
                if (found == caveatIndex.end()) {
                    found = caveatIndex.insert(flag, int(m_caveats.size()));
                    m_caveats.append({flag, {}, {}});
                }
                CaveatNote &note = m_caveats[*found];
                appendOnce(note.columnIds, id);
                if (!note.years.contains(year))
                    note.years.append(year);
            }
        }
    }
    for (CaveatNote &note : m_caveats)
        std::sort(note.years.begin(), note.years.end());
    m_documents = QStringList(documents.begin(), documents.end());
    m_documents.sort();
}

void ChartCitation::setColumnNames(const QHash<QString, QString> &names)
{
    m_names = names;
}

void ChartCitation::setKeywordCounting(const QString &rule, const QString &generator)
{
    m_rule = rule;
    m_generator = generator;
}

QString ChartCitation::columnName(const QString &columnId) const
{
    if (const auto found = m_names.find(columnId); found != m_names.end() && !found->isEmpty())
        return *found;
    for (int column : m_columns) {
        if (m_model.headerData(column, Qt::Horizontal, YearTableRoles::ColumnId) == columnId)
            return headerLabel(m_model, column);
    }
    return columnId;
}

QString ChartCitation::yearRanges(const QList<int> &years)
{
    QStringList parts;
    for (int i = 0; i < years.size();) {
        int j = i;
        while (j + 1 < years.size() && years.at(j + 1) == years.at(j) + 1)
            ++j;
        parts.append(j == i ? QString::number(years.at(i))
                            : QStringLiteral("%1–%2").arg(years.at(i)).arg(years.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString ChartCitation::sourceLine() const
{
    QStringList parts;
    if (!m_publishers.isEmpty())
        parts.append(tr("Source: %1.").arg(m_publishers.join(QStringLiteral("; "))));
    if (!m_documents.isEmpty()) {
        const QString counted = tr("the report texts of %1–%2 (documents: %3)")
                                    .arg(m_countedYears.first)
                                    .arg(m_countedYears.second)
                                    .arg(m_documents.size());
        const QString by = m_generator.isEmpty() ? tr("counted by Annals")
                                                 : tr("counted by %1").arg(m_generator);
        parts.append(m_publishers.isEmpty()
                         ? tr("Source: keyword counts in %1, %2.").arg(counted, by)
                         : tr("Keyword counts: %1, %2.").arg(counted, by));
    }
    return parts.join(QLatin1Char(' '));
}

QString ChartCitation::vintageLine() const
{
    return m_vintages.isEmpty() ? QString()
                                : tr("Vintages: %1.").arg(m_vintages.join(QStringLiteral(", ")));
}

QStringList ChartCitation::caveatLines() const
{
    QStringList lines;
    for (const CaveatNote &note : m_caveats) {
        QStringList names;
        for (const QString &id : note.columnIds)
            names.append(columnName(id));
        lines.append(tr("%1 (%2): %3")
                         .arg(names.join(QStringLiteral(" · ")), yearRanges(note.years),
                              note.text));
    }
    return lines;
}

QString ChartCitation::creditLine(const QDate &date)
{
    return tr("Annals %1 · %2")
        .arg(QStringLiteral(ANNALS_VERSION), date.toString(Qt::ISODate));
}

QString ChartCitation::methodOf(int column) const
{
    const auto type =
        ColumnType(m_model.headerData(column, Qt::Horizontal, YearTableRoles::ColumnType).toInt());
    const QString name = isKeywordColumn(type)
                             ? m_model.headerData(column, Qt::Horizontal,
                                                  YearTableRoles::SeriesName)
                                   .toString()
                             : headerLabel(m_model, column);
    const QString unit =
        m_model.headerData(column, Qt::Horizontal, YearTableRoles::Unit).toString();
    const auto [first, last] = m_shownYears.value(column);
    const QString years = first == last ? QString::number(first)
                                        : QStringLiteral("%1–%2").arg(first).arg(last);
    const QString where = tr("“%1” (%2, %3)").arg(name, unit, years);
    switch (type) {
    case ColumnType::Figure:
        return tr("%1: figures as published, one per year and vintage; figures the data marks "
                  "as discrepant are left out.")
            .arg(where);
    case ColumnType::ReportedGrowth:
        return tr("%1: growth rates as printed by the sources.").arg(where);
    case ColumnType::ComputedGrowth:
        return tr("%1: computed by Annals as (this year's figure ÷ the previous year's − 1) "
                  "× 100.")
            .arg(where);
    case ColumnType::KeywordCount:
        return tr("%1: occurrences in each year's report.").arg(where);
    case ColumnType::KeywordPer10k:
        return tr("%1: occurrences per 10,000 Han characters (words, for English keywords) "
                  "of each year's report.")
            .arg(where);
    case ColumnType::KeywordChange:
        return tr("%1: % change of the per-10,000 rate against the previous year.").arg(where);
    }
    return where;
}

QString ChartCitation::methods(const QDate &date) const
{
    QStringList sentences;
    for (int column : m_columns) {
        if (m_shownYears.contains(column))
            sentences.append(methodOf(column));
    }
    if (!m_publishers.isEmpty())
        sentences.append(tr("Sources: %1.").arg(m_publishers.join(QStringLiteral("; "))));
    if (!m_vintages.isEmpty())
        sentences.append(vintageLine());
    if (!m_documents.isEmpty()) {
        sentences.append(tr("Keywords were counted by %1 in the report texts of %2–%3 "
                            "(documents: %4).")
                             .arg(m_generator.isEmpty() ? QStringLiteral("Annals") : m_generator)
                             .arg(m_countedYears.first)
                             .arg(m_countedYears.second)
                             .arg(m_documents.size()));
        if (!m_rule.isEmpty()) {
            const QString rule = m_rule.trimmed();
            sentences.append(tr("Counting rule: %1").arg(rule)
                             + (rule.endsWith(u'.') ? QString() : QStringLiteral(".")));
        }
    }
    const QStringList caveats = caveatLines();
    if (!caveats.isEmpty())
        sentences.append(tr("Caveats: %1").arg(caveats.join(QLatin1Char(' '))));
    const QString credit = m_datasetTitle.isEmpty()
                               ? tr("Exported with Annals %1 on %2.")
                                     .arg(QStringLiteral(ANNALS_VERSION),
                                          date.toString(Qt::ISODate))
                               : tr("Data: “%1”, exported with Annals %2 on %3.")
                                     .arg(m_datasetTitle, QStringLiteral(ANNALS_VERSION),
                                          date.toString(Qt::ISODate));
    sentences.append(credit);
    return sentences.join(QLatin1Char(' '));
}

} // namespace Annals
