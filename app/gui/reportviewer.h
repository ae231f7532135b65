#pragma once

#include "keywordhit.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QPlainTextEdit;

namespace Annals {

/// A read-only report text with every hit of the shown keywords highlighted.
class ReportViewer : public QDialog
{
    Q_OBJECT

public:
    /// \a termNames names the terms the hits' indices refer to.
    ReportViewer(const QString &title, const QString &text, const QList<KeywordHit> &hits,
                 const QStringList &termNames, qsizetype focusOffset, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    int currentHit() const { return m_current; }
    void showHit(int index);

private:
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_position = nullptr;
    QList<KeywordHit> m_hits;
    QStringList m_termNames;
    int m_current = -1;
};

} // namespace Annals
