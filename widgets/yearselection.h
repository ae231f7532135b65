#pragma once

#include <QList>

class QAbstractItemModel;
class QItemSelectionModel;

namespace Annals {

/// Reads and writes the shared year selection: whole rows of a year table model.
class YearSelection
{
public:
    /// Selected rows, ascending, each once (any selected cell selects its row).
    static QList<int> selectedRows(const QItemSelectionModel *selection);
    /// Selects rows \a first..\a last (either order) and makes \a current the current row.
    static void selectRows(QItemSelectionModel *selection, int first, int last, int current);
    /// The year shown in the vertical header of \a row (YearTableRoles::Year).
    static int yearOfRow(const QAbstractItemModel *model, int row);
    /// The row whose year is \a year, or -1.
    static int rowOfYear(const QAbstractItemModel *model, int year);
};

} // namespace Annals
