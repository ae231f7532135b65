#pragma once

#include "keywordcounts.h"

#include <QColor>
#include <QHash>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;

namespace Annals {

/// A filterable, checkable list of the keyword vocabulary: checked keywords are charted.
class KeywordPicker : public QWidget
{
    Q_OBJECT

public:
    explicit KeywordPicker(QWidget *parent = nullptr);

    void setVocabulary(const QList<KeywordTerm> &vocabulary);
    /// Checks exactly \a terms and shows their chart colours; emits nothing.
    void setShownKeywords(const QStringList &terms, const QHash<QString, QColor> &colors);
    QStringList shownKeywords() const;
    /// Checks or unchecks \a term as a user click would (emits keywordToggled()).
    void toggle(const QString &term, bool shown);
    QLineEdit *filterEdit() const { return m_filter; }
    QLineEdit *addEdit() const { return m_add; }
    /// Shown when the filter matches no keyword: adds the filter text as a keyword.
    QPushButton *addFilteredButton() const { return m_addFiltered; }

Q_SIGNALS:
    void keywordToggled(const QString &term, bool shown);
    /// The analyst typed a keyword ("AI", "technolog*") or a group ("chips=芯片|集成电路").
    void keywordAddRequested(const QString &declaration);
    void keywordRemoveRequested(const QString &term);
    void keywordColorRequested(const QString &term);

private:
    QStandardItem *itemFor(const QString &term) const;

    void showContextMenu(const QPoint &position);
    void updateAddFiltered();

    QLineEdit *m_filter = nullptr;
    QLineEdit *m_add = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_addFiltered = nullptr;
    QStandardItemModel *m_items = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    bool m_updating = false;
    QList<KeywordTerm> m_vocabulary; ///< the items' vocabulary
    bool m_hasVocabulary = false;
};

} // namespace Annals
