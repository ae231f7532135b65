#include "textimportdialog.h"

#include "observationchecks.h"
#include "reporttextreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Annals {

namespace {

enum Column { FileColumn, YearColumn, LanguageColumn, EncodingColumn, StatusColumn };

const TextDecoder::Encoding encodings[] = {TextDecoder::Encoding::Auto,
                                           TextDecoder::Encoding::Utf8,
                                           TextDecoder::Encoding::Utf16LE,
                                           TextDecoder::Encoding::Utf16BE,
                                           TextDecoder::Encoding::Gb18030};

struct Probe
{
    int year = 0;
    QString language;
    QString encoding;
};

// Year, language and encoding from the first 64 KiB: enough to judge, quick for any size.
// The whole file is read and checked when it is imported.
Result<Probe> probe(const QString &path)
{
    constexpr qint64 sampleBytes = 64 * 1024;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return Error::inFile(path, QCoreApplication::translate("Annals::TextImportDialog",
                                                               "not a readable file"));
    }
    QByteArray sample = file.read(sampleBytes);
    const bool whole = info.size() <= sampleBytes;
    Result<QString> text = QString();
    TextDecoder::Encoding used = TextDecoder::Encoding::Auto;
    // A cut sample may end inside a character: drop up to three bytes and try again.
    for (int cut = 0; cut <= (whole ? 0 : 3); ++cut) {
        text = TextDecoder::decode(QByteArrayView(sample).chopped(cut), TextDecoder::Encoding::Auto,
                                   path, &used);
        if (text)
            break;
    }
    if (!text)
        return text.error();
    Probe result;
    result.year = ReportTextReader::yearFromFileName(info.fileName());
    if (result.year == 0)
        result.year = ReportTextReader::yearFromText(text.value());
    result.language = ReportTextReader::detectLanguage(text.value());
    result.encoding = TextDecoder::encodingName(used);
    return result;
}

} // namespace

TextImportDialog::TextImportDialog(const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 5))
    , m_embed(new QCheckBox(tr("&Embed the texts in the project (larger file, works "
                               "without the originals)")))
{
    setWindowTitle(tr("Import Report Texts"));
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Year"), tr("Language"), tr("Encoding"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (const QString &path : paths)
        addFile(path);
    m_table->resizeColumnsToContents();

    auto *hint = new QLabel(tr("Check the years: Annals read them from the file names or the "
                               "first lines. Each text replaces the counts of a report of the "
                               "same year and language."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_embed);
    layout->addWidget(buttons);
    resize(820, 420);
}

void TextImportDialog::addFile(const QString &path)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *file = new QTableWidgetItem(QFileInfo(path).fileName());
    file->setData(Qt::UserRole, path);
    file->setToolTip(path);
    file->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    m_table->setItem(row, FileColumn, file);

    const Result<Probe> read = probe(path);
    auto *year = new QSpinBox;
    year->setRange(ObservationChecks::firstAcceptedYear - 1, ObservationChecks::lastAcceptedYear);
    year->setSpecialValueText(tr("unknown")); // the minimum, below every accepted year
    auto *language = new QComboBox;
    language->addItem(tr("Chinese"), QStringLiteral("zh"));
    language->addItem(tr("English"), QStringLiteral("en"));
    auto *encoding = new QComboBox;
    for (TextDecoder::Encoding candidate : encodings) {
        encoding->addItem(candidate == TextDecoder::Encoding::Auto
                              ? tr("Detect")
                              : TextDecoder::encodingName(candidate),
                          int(candidate));
    }
    QString status;
    if (read) {
        if (ObservationChecks::checkYear(read.value().year).isEmpty())
            year->setValue(read.value().year);
        else
            year->setValue(year->minimum());
        language->setCurrentIndex(language->findData(read.value().language));
        status = tr("%1, %2 KiB").arg(read.value().encoding)
                     .arg((QFileInfo(path).size() + 1023) / 1024);
        const bool known = year->value() != year->minimum();
        file->setCheckState(known ? Qt::Checked : Qt::Unchecked);
        if (!known)
            status += tr(" — set the year");
    } else {
        status = read.error().toString();
        file->setCheckState(Qt::Unchecked);
    }
    m_table->setCellWidget(row, YearColumn, year);
    m_table->setCellWidget(row, LanguageColumn, language);
    m_table->setCellWidget(row, EncodingColumn, encoding);
    auto *statusItem = new QTableWidgetItem(status);
    statusItem->setFlags(Qt::ItemIsEnabled);
    statusItem->setToolTip(status);
    m_table->setItem(row, StatusColumn, statusItem);
    connect(year, &QSpinBox::valueChanged, this, [file, year](int value) {
        file->setCheckState(value != year->minimum() ? Qt::Checked : Qt::Unchecked);
    });
}

QList<TextImportItem> TextImportDialog::items() const
{
    QList<TextImportItem> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *file = m_table->item(row, FileColumn);
        if (file->checkState() != Qt::Checked)
            continue;
        const auto *year = static_cast<QSpinBox *>(m_table->cellWidget(row, YearColumn));
        const auto *language = static_cast<QComboBox *>(m_table->cellWidget(row, LanguageColumn));
        const auto *encoding = static_cast<QComboBox *>(m_table->cellWidget(row, EncodingColumn));
        if (year->value() == year->minimum())
            continue; // no year: cannot be charted
        result.append({file->data(Qt::UserRole).toString(), year->value(),
                       language->currentData().toString(),
                       TextDecoder::Encoding(encoding->currentData().toInt())});
    }
    return result;
}

bool TextImportDialog::embedTexts() const
{
    return m_embed->isChecked();
}

} // namespace Annals
