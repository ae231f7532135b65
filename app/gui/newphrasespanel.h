#pragma once

#include "phraserow.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Annals {

/*!
 * The "New phrases" panel: for the chosen year, the phrases that are new (or dropped), best
 * first, with their count, the other years that use them and their first sentence. It shows
 * rows and asks for actions; NewPhrasesController does the work.
 */
class NewPhrasesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NewPhrasesPanel(QWidget *parent = nullptr);

    /// The years to choose from; keeps the chosen one when it is among them.
    void setYears(const QList<int> &years);
    /// Chooses \a year without emitting yearChosen(); false when it is not offered.
    bool setYear(int year);
    int year() const;
    PhraseRow::Status status() const;
    void setRows(const QList<PhraseRow> &rows);
    const QList<PhraseRow> &rows() const { return m_rows; }
    /// The row of the current table line, or nullptr.
    const PhraseRow *currentRow() const;
    /// Shows indexing progress (\a total 0: busy without a known end); \a done == total hides it.
    void setProgress(int done, int total, const QString &message = QString());
    void setMessage(const QString &message);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *showButton() const { return m_show; }

Q_SIGNALS:
    void yearChosen(int year);
    void statusChosen();
    void addKeywordRequested(const QString &phrase);
    void showInReportRequested(const PhraseRow &row);
    void stopListEditRequested();

private:
    void updateButtons();

    QComboBox *m_year = nullptr;
    QComboBox *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_show = nullptr;
    QList<PhraseRow> m_rows;
};

} // namespace Annals
