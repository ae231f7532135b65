#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QItemSelectionModel;
class QLabel;
class QTextBrowser;

namespace Annals {

/*!
 * \brief Everything known about the current year of the shared selection: each shown value
 * with unit, vintage, source link, note and caveat flags, and the other figures sources gave.
 *
 * Extra HTML (annotations, keyword contexts) can be appended by the application.
 */
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model, QItemSelectionModel *selection);
    /// Shows the columns whose YearTableRoles::ColumnId is in \a columnIds, in that order.
    void setColumns(const QStringList &columnIds);
    /// HTML shown below the figures; the application refreshes it on yearChanged().
    void setAppendix(const QString &html);

    /// The year shown, or 0 when nothing is selected.
    int year() const { return m_year; }
    QString plainText() const;
    QTextBrowser *browser() const;

Q_SIGNALS:
    void yearChanged(int year);
    /// A link with the "annals:" scheme was clicked (other links open in the browser).
    void internalLinkActivated(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void forgetColumns();
    void forgetValues();
    void setBrowserHtml(const QString &html) const;
    void showPendingHtml() const;
    int columnOf(const QString &id) const;
    QString yearHtml(int row) const;
    QString columnHtml(int row, int column) const;
    QString rangeHtml(const QList<int> &rows) const;
    QString rangeColumnHtml(const QList<int> &rows, int column) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QStringList m_columns;
    QString m_appendix;
    QLabel *m_heading = nullptr;
    QTextBrowser *m_browser = nullptr;
    int m_year = 0;
    // What a click costs is mostly rich text layout: the column of each id is looked up once
    // per model structure, a year's text is built once per values, and the browser gets new
    // text only when it changed and only when the panel is visible.
    mutable QHash<QString, int> m_columnOf;
    mutable QHash<int, QString> m_yearHtml;
    mutable QString m_shownHtml;
    mutable QString m_pendingHtml;
    mutable bool m_pending = false;
    mutable int m_shownYear = -1; ///< the year of the text in the browser
};

} // namespace Annals
