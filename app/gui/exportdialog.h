#pragma once

#include "chartexporter.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace Annals {

/// Asks what to export (a chart or the dashboard), as what, and at which size.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Png, Svg, Pdf, CsvLong, CsvWide };

    explicit ExportDialog(QWidget *parent = nullptr);

    /// What "Copy Citation" puts on the clipboard for the chosen chart or dashboard.
    void setCitation(std::function<QString(ExportRequest::Target)> citation);
    /// Lists the analyst's own charts (title and place in the dashboard) after the others.
    void addCharts(const QList<std::pair<int, QString>> &charts);
    /// Puts the methods paragraph of the chosen target on the clipboard.
    void copyCitation();

    ExportRequest request() const;
    Format format() const;
    bool csvWithBom() const;
    /// File-dialog filter and suffix of the chosen format.
    QString fileFilter() const;
    QString suffix() const;

private:
    void updateEnabled();

    QComboBox *m_target = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_scale = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_bare = nullptr;
    QPushButton *m_copyCitation = nullptr;
    std::function<QString(ExportRequest::Target)> m_citation;
};

} // namespace Annals
