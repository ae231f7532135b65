#pragma once

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QDockWidget;

namespace Annals {

class Autosave;
class Dashboard;
class DetailsPanel;
class FileController;
class ImportController;
class KeywordController;
class KeywordPicker;
class NewPhrasesController;
class ProjectDocument;
class RangeStatisticsController;
class YearRangeControl;
class YearTableView;

/// The main window: menus, toolbar and docks around the dashboard. Logic lives elsewhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ProjectDocument *document, QWidget *parent = nullptr);

    ProjectDocument *document() const { return m_document; }
    Dashboard *dashboard() const { return m_dashboard; }
    YearTableView *table() const { return m_table; }
    DetailsPanel *details() const { return m_details; }
    KeywordPicker *keywordPicker() const { return m_picker; }
    YearRangeControl *yearRange() const { return m_yearRange; }
    QComboBox *measureBox() const { return m_measure; }

    FileController *files() const { return m_files; }
    Autosave *autosave() const { return m_autosave; }
    KeywordController *keywords() const { return m_keywords; }
    ImportController *imports() const { return m_imports; }
    NewPhrasesController *newPhrases() const { return m_newPhrases; }
    RangeStatisticsController *rangeStatistics() const { return m_rangeStatistics; }

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createToolBar();
    void createMenus();
    void syncFromViewState();
    void syncFromDataset();
    void updateTitle();
    void restoreLayoutFromProject();
    void restoreWindowSettings();
    void sizeBottomDocks();
    void showDatasetNotes();
    void updateDetailsAppendix();
    void updateTableColumns();
    void showAbout();
    void updateForBusy(bool busy);
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area);

    ProjectDocument *m_document;
    Dashboard *m_dashboard = nullptr;
    YearTableView *m_table = nullptr;
    DetailsPanel *m_details = nullptr;
    KeywordPicker *m_picker = nullptr;
    YearRangeControl *m_yearRange = nullptr;
    QComboBox *m_measure = nullptr;
    QMenu *m_viewMenu = nullptr;
    FileController *m_files = nullptr;
    Autosave *m_autosave = nullptr;
    KeywordController *m_keywords = nullptr;
    ImportController *m_imports = nullptr;
    NewPhrasesController *m_newPhrases = nullptr;
    RangeStatisticsController *m_rangeStatistics = nullptr;
    bool m_firstRunLayout = false; ///< no saved layout: size the bottom docks (again) when shown
    bool m_closeWhenSaved = false; ///< a close waits for the save that runs
    bool m_firstShow = true;
    QList<QPointer<QObject>> m_disabledWhileBusy; ///< enabled again when the work is done
};

} // namespace Annals
