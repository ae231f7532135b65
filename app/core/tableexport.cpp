#include "tableexport.h"

#include "csvwriter.h"
#include "yeartablecolumn.h"
#include "yeartableroles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace Annals {

namespace {

int columnOf(const QAbstractItemModel &model, const QString &id)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal, YearTableRoles::ColumnId).toString() == id)
            return column;
    }
    return -1;
}

QList<int> rowsIn(const QAbstractItemModel &model, const TableSelection &selection)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int year = model.headerData(row, Qt::Vertical, YearTableRoles::Year).toInt();
        if (year >= selection.firstYear && year <= selection.lastYear)
            rows.append(row);
    }
    return rows;
}

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QStringLiteral(" · "));
}

// Full precision: the shortest text that reads back as the same double.
QString valueText(const QModelIndex &index)
{
    const QVariant value = index.data(YearTableRoles::Value);
    return value.isValid()
               ? QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest)
               : QString();
}

// What the table shows (">13", "7.2 (?)", "25.6"), with C-locale numbers.
QString displayText(const QModelIndex &index)
{
    return index.data(YearTableRoles::PlainText).toString();
}

QString transformOf(ColumnType type)
{
    switch (type) {
    case ColumnType::Figure:
        return QStringLiteral("as published (first chartable figure of the year and vintage)");
    case ColumnType::ReportedGrowth:
        return QStringLiteral("growth % as printed by the source");
    case ColumnType::ComputedGrowth:
        return QStringLiteral("(value[year] / base[year-1] - 1) * 100, computed by Annals");
    case ColumnType::KeywordCount:
        return QStringLiteral("occurrences per report");
    case ColumnType::KeywordPer10k:
        return QStringLiteral("occurrences * 10000 / Han characters (or words) of the report");
    case ColumnType::KeywordChange:
        return QStringLiteral("(per10k[year] / per10k[year-1] - 1) * 100, computed by Annals");
    }
    return {};
}

} // namespace

QString TableExport::longCsv(const QAbstractItemModel &model, const TableSelection &selection)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("series"), QStringLiteral("year"), QStringLiteral("value"),
                QStringLiteral("unit"), QStringLiteral("vintage"), QStringLiteral("source_url"),
                QStringLiteral("display")});
    const QList<int> rows = rowsIn(model, selection);
    for (const QString &id : selection.columnIds) {
        const int column = columnOf(model, id);
        if (column < 0)
            continue;
        for (int row : rows) {
            const QModelIndex index = model.index(row, column);
            const QString value = valueText(index);
            const QString display = displayText(index);
            if (value.isEmpty() && display.isEmpty())
                continue;
            csv.addRow({id, QString::number(index.data(YearTableRoles::Year).toInt()), value,
                        index.data(YearTableRoles::UnitId).toString(),
                        index.data(YearTableRoles::VintageId).toString(),
                        index.data(YearTableRoles::SourceUrl).toString(), display});
        }
    }
    return csv.text();
}

QString TableExport::wideCsv(const QAbstractItemModel &model, const TableSelection &selection)
{
    CsvWriter csv;
    QStringList header{QStringLiteral("year")};
    QList<int> columns;
    for (const QString &id : selection.columnIds) {
        const int column = columnOf(model, id);
        if (column < 0)
            continue;
        columns.append(column);
        header.append(oneLine(model.headerData(column, Qt::Horizontal).toString()) + QStringLiteral(" (")
                      + model.headerData(column, Qt::Horizontal, YearTableRoles::Unit).toString()
                      + QLatin1Char(')'));
    }
    csv.addRow(header);
    for (int row : rowsIn(model, selection)) {
        QStringList fields{
            QString::number(model.headerData(row, Qt::Vertical, YearTableRoles::Year).toInt())};
        for (int column : std::as_const(columns))
            fields.append(displayText(model.index(row, column)));
        csv.addRow(fields);
    }
    return csv.text();
}

QByteArray TableExport::sidecarJson(const QAbstractItemModel &model,
                                    const TableSelection &selection,
                                    const QString &datasetTitle, const QStringList &caveats,
                                    const QString &exportedFile, const QString &methods)
{
    QJsonArray columns;
    QJsonArray sources;
    QJsonArray flagged;
    QSet<QString> seenSources;
    const QList<int> rows = rowsIn(model, selection);
    for (const QString &id : selection.columnIds) {
        const int column = columnOf(model, id);
        if (column < 0)
            continue;
        QSet<QString> vintages;
        for (int row : rows) {
            const QModelIndex index = model.index(row, column);
            if (!index.data(YearTableRoles::Value).isValid() && displayText(index).isEmpty())
                continue;
            vintages.insert(index.data(YearTableRoles::Vintage).toString());
            const QStringList flags = index.data(YearTableRoles::FlagTexts).toStringList();
            if (!flags.isEmpty()) {
                flagged.append(QJsonObject{
                    {QStringLiteral("series"), id},
                    {QStringLiteral("year"), index.data(YearTableRoles::Year).toInt()},
                    {QStringLiteral("caveats"), QJsonArray::fromStringList(flags)},
                    {QStringLiteral("note"), index.data(YearTableRoles::Note).toString()}});
            }
            const QString url = index.data(YearTableRoles::SourceUrl).toString();
            const QString title = index.data(YearTableRoles::SourceTitle).toString();
            const QString key = url + QLatin1Char('\n') + title;
            if ((url.isEmpty() && title.isEmpty()) || seenSources.contains(key))
                continue;
            seenSources.insert(key);
            sources.append(QJsonObject{{QStringLiteral("title"), title},
                                       {QStringLiteral("url"), url}});
        }
        QStringList sortedVintages(vintages.begin(), vintages.end());
        sortedVintages.sort();
        const auto type = ColumnType(
            model.headerData(column, Qt::Horizontal, YearTableRoles::ColumnType).toInt());
        columns.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("label"), oneLine(model.headerData(column, Qt::Horizontal).toString())},
            {QStringLiteral("name"),
             model.headerData(column, Qt::Horizontal, YearTableRoles::SeriesName).toString()},
            {QStringLiteral("unit"),
             model.headerData(column, Qt::Horizontal, YearTableRoles::Unit).toString()},
            {QStringLiteral("vintages"), QJsonArray::fromStringList(sortedVintages)},
            {QStringLiteral("transform"), transformOf(type)}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("annals-export-sidecar")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("application"),
         QStringLiteral("Annals ") + QCoreApplication::applicationVersion()},
        {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())},
        {QStringLiteral("dataset"), datasetTitle},
        {QStringLiteral("file"), exportedFile},
        {QStringLiteral("years"), QJsonArray{selection.firstYear, selection.lastYear}},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("valuesWithCaveats"), flagged},
        {QStringLiteral("datasetCaveats"), QJsonArray::fromStringList(caveats)},
        {QStringLiteral("methods"), methods}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray TableExport::encode(const QString &csv, bool withBom)
{
    QByteArray bytes = csv.toUtf8();
    if (withBom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace Annals
