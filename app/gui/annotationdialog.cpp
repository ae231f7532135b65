#include "annotationdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Annals {

AnnotationDialog::AnnotationDialog(const Annotation &annotation, int firstYear, int lastYear,
                                   QWidget *parent)
    : QDialog(parent)
    , m_from(new QSpinBox)
    , m_to(new QSpinBox)
    , m_label(new QLineEdit(annotation.label))
    , m_note(new QPlainTextEdit(annotation.note))
    , m_color(annotation.color)
{
    setWindowTitle(tr("Annotation"));
    m_from->setRange(firstYear, lastYear);
    m_to->setRange(firstYear, lastYear);
    m_from->setValue(annotation.firstYear);
    m_to->setValue(std::max(annotation.lastYear, annotation.firstYear));
    m_label->setPlaceholderText(tr("e.g. Export controls on ZTE"));
    m_label->setMaxLength(80);
    m_note->setPlaceholderText(tr("What happened, and why it matters for the figures"));
    connect(m_from, &QSpinBox::valueChanged, this,
            [this](int value) { m_to->setMinimum(value); });
    m_to->setMinimum(m_from->value());

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_label->text().trimmed().isEmpty());
    connect(m_label, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Annotation AnnotationDialog::annotation() const
{
    return {m_from->value(), m_to->value(), m_label->text().trimmed(),
            m_note->toPlainText().trimmed(), m_color};
}

} // namespace Annals
