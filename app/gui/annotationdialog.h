#pragma once

#include "annotation.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Annals {

/// Edits one annotation: years, label, note.
class AnnotationDialog : public QDialog
{
    Q_OBJECT

public:
    AnnotationDialog(const Annotation &annotation, int firstYear, int lastYear,
                     QWidget *parent = nullptr);

    Annotation annotation() const;

private:
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QLineEdit *m_label = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QString m_color;
};

} // namespace Annals
