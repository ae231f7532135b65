#pragma once

#include "keywordjobs.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;

namespace Annals {

/*!
 * Lists report texts to import with the year, language and encoding Annals detected, for the
 * analyst to check and correct. Files that cannot be decoded are shown with the reason
 * (file and byte offset) and left out.
 */
class TextImportDialog : public QDialog
{
    Q_OBJECT

public:
    TextImportDialog(const QStringList &paths, QWidget *parent = nullptr);

    QList<TextImportItem> items() const;
    bool embedTexts() const;
    QTableWidget *table() const { return m_table; }

private:
    void addFile(const QString &path);

    QTableWidget *m_table = nullptr;
    QCheckBox *m_embed = nullptr;
};

} // namespace Annals
