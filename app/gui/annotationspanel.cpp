#include "annotationspanel.h"

#include "annotationdialog.h"
#include "projectdocument.h"
#include "yeartablemodel.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Annals {

AnnotationsPanel::AnnotationsPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget)
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_remove(new QPushButton(tr("&Remove")))
{
    auto *add = new QPushButton(tr("&Add…"));
    add->setToolTip(tr("Mark an event on every chart, starting at the selected year"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &AnnotationsPanel::addForCurrentYear);
    connect(m_edit, &QPushButton::clicked, this, &AnnotationsPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AnnotationsPanel::removeSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AnnotationsPanel::editSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
        if (row >= 0 && row < m_document->project().annotations.size())
            m_document->selectYear(m_document->project().annotations.at(row).firstYear);
    });
    connect(document, &ProjectDocument::annotationsChanged, this, &AnnotationsPanel::refresh);
    refresh();
}

void AnnotationsPanel::refresh()
{
    // Rebuilding the list must not move the shared year selection.
    const QSignalBlocker blocker(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Annotation &annotation : m_document->project().annotations) {
        const QString years = annotation.lastYear > annotation.firstYear
                                  ? QStringLiteral("%1–%2").arg(annotation.firstYear)
                                        .arg(annotation.lastYear)
                                  : QString::number(annotation.firstYear);
        auto *item = new QListWidgetItem(years + QStringLiteral("  ") + annotation.label);
        item->setToolTip(annotation.note);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void AnnotationsPanel::addForCurrentYear()
{
    const YearTableModel *model = m_document->yearModel();
    const int year = m_document->currentYear() > 0 ? m_document->currentYear()
                                                   : model->lastYear();
    AnnotationDialog dialog({year, year, QString(), QString(), QString()}, model->firstYear(),
                            model->lastYear(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->addAnnotation(dialog.annotation());
}

void AnnotationsPanel::editSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_document->project().annotations.size())
        return;
    const YearTableModel *model = m_document->yearModel();
    AnnotationDialog dialog(m_document->project().annotations.at(row), model->firstYear(),
                            model->lastYear(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->editAnnotation(row, dialog.annotation());
}

void AnnotationsPanel::removeSelected()
{
    m_document->removeAnnotation(m_list->currentRow());
}

} // namespace Annals
