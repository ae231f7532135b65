#include "exportdialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace Annals {

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_target(new QComboBox)
    , m_format(new QComboBox)
    , m_width(new QSpinBox)
    , m_height(new QSpinBox)
    , m_scale(new QSpinBox)
    , m_bom(new QCheckBox(tr("Start with a byte order mark (for Excel)")))
    , m_bare(new QCheckBox(tr("&Chart only (no title, sources, notes or credit)")))
{
    setWindowTitle(tr("Export"));
    using Target = ExportRequest::Target;
    m_target->addItem(tr("Dashboard (all three charts)"), int(Target::Dashboard));
    m_target->addItem(tr("Spending chart"), int(Target::Spending));
    m_target->addItem(tr("R&D intensity chart"), int(Target::RdIntensity));
    m_target->addItem(tr("Keyword chart"), int(Target::Keywords));
    m_format->addItem(tr("PNG image"), int(Format::Png));
    m_format->addItem(tr("SVG vector image"), int(Format::Svg));
    m_format->addItem(tr("PDF document"), int(Format::Pdf));
    m_format->addItem(tr("CSV, one row per value (long)"), int(Format::CsvLong));
    m_format->addItem(tr("CSV, one column per series (wide)"), int(Format::CsvWide));
    m_width->setRange(200, 10000);
    m_width->setValue(1600);
    m_width->setSuffix(tr(" px"));
    m_height->setRange(150, 10000);
    m_height->setValue(1000);
    m_height->setSuffix(tr(" px"));
    m_scale->setRange(1, 4);
    m_scale->setPrefix(QStringLiteral("×"));
    m_bom->setChecked(true);

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×")));
    size->addWidget(m_height);
    // A label of a layout gets no buddy from QFormLayout, and a label without a buddy shows
    // its "&" as it is: give it the width field.
    auto *sizeLabel = new QLabel(tr("&Size:"));
    sizeLabel->setBuddy(m_width);
    auto *form = new QFormLayout;
    form->addRow(tr("&Export:"), m_target);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(sizeLabel, size);
    form->addRow(tr("Sc&ale:"), m_scale);
    form->addRow(QString(), m_bare);
    form->addRow(QString(), m_bom);
    auto *note = new QLabel(tr("CSV exports hold exactly what the chosen charts show, with a "
                               ".json file beside them naming sources, vintages and "
                               "transforms."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    m_copyCitation = buttons->addButton(tr("Copy Citation"), QDialogButtonBox::ActionRole);
    m_copyCitation->setToolTip(tr("Copies a paragraph saying what the export shows, from which "
                                  "sources and vintages, how it was counted or computed, and "
                                  "its caveats"));
    m_copyCitation->setEnabled(false);
    connect(m_copyCitation, &QPushButton::clicked, this, &ExportDialog::copyCitation);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const Format chosen = format();
    const bool csv = chosen == Format::CsvLong || chosen == Format::CsvWide;
    m_width->setEnabled(!csv);
    m_height->setEnabled(!csv);
    m_scale->setEnabled(chosen == Format::Png);
    m_bom->setEnabled(csv);
    m_bare->setEnabled(!csv);
}

void ExportDialog::setCitation(std::function<QString(ExportRequest::Target)> citation)
{
    m_citation = std::move(citation);
    m_copyCitation->setEnabled(bool(m_citation));
}

void ExportDialog::copyCitation()
{
    if (m_citation)
        QGuiApplication::clipboard()->setText(m_citation(request().target));
}

void ExportDialog::addCharts(const QList<std::pair<int, QString>> &charts)
{
    for (const auto &[index, title] : charts) {
        m_target->addItem(tr("Chart: %1").arg(title), int(ExportRequest::Target::Chart));
        m_target->setItemData(m_target->count() - 1, index, Qt::UserRole + 1);
    }
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.target = ExportRequest::Target(m_target->currentData().toInt());
    if (request.target == ExportRequest::Target::Chart)
        request.chart = m_target->currentData(Qt::UserRole + 1).toInt();
    request.size = QSize(m_width->value(), m_height->value());
    request.scale = m_scale->value();
    request.bare = m_bare->isChecked() && m_bare->isEnabled();
    return request;
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

bool ExportDialog::csvWithBom() const
{
    return m_bom->isChecked();
}

QString ExportDialog::suffix() const
{
    switch (format()) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::CsvLong:
    case Format::CsvWide:
        break;
    }
    return QStringLiteral("csv");
}

QString ExportDialog::fileFilter() const
{
    return m_format->currentText() + QStringLiteral(" (*.") + suffix() + QLatin1Char(')');
}

} // namespace Annals
