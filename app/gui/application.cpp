#include "application.h"

#include "autosave.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "paintprobeactions.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "projectserializer.h"
#include "uifonts.h"
#include "uilanguage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QThread>

namespace Annals {

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Annals"));
    QCoreApplication::setApplicationName(QStringLiteral("Annals"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANNALS_VERSION));
}

Result<bool> Application::offerRecovery(ProjectDocument &document,
                                       const RecoveryQuestion &question)
{
    const std::optional<RecoveryCandidate> candidate = Autosave::findRecovery();
    if (!candidate)
        return false;
    if (!question(*candidate)) {
        Autosave::discard(*candidate);
        return false;
    }
    const Result<Project> recovered = ProjectSerializer::readFile(candidate->projectPath);
    if (!recovered) {
        // Keep the file (the analyst may want to send it to us), but never offer it again.
        const QString kept = candidate->projectPath + QStringLiteral(".unreadable");
        QFile::rename(candidate->projectPath, kept);
        QFile::remove(candidate->projectPath + QStringLiteral(".json"));
        Error error = recovered.error();
        error.message = tr("%1 The file was kept as %2.")
                            .arg(error.message, QDir::toNativeSeparators(kept));
        return error;
    }
    document.resetProjectUnsaved(recovered.value());
    document.setFilePath(candidate->originalPath);
    Autosave::discard(*candidate);
    return true;
}

void Application::applyDarkPalette()
{
    // For trying the dark look where the desktop gives no dark theme (run with -style Fusion).
    QPalette dark;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe6, 0xe6, 0xe6);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x29, 0x29, 0x2c));
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    dark.setColor(QPalette::Mid, QColor(0x44, 0x44, 0x48));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x55));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}

std::future<Result<Project>> Application::readEmbeddedProject()
{
    QThread::currentThread(); // this thread is now Qt's main thread (see the header)
    return std::async(std::launch::async, &ProjectLoader::embeddedProject);
}

int Application::runGui(int &argc, char **argv)
{
    // Read on a second core while the application connects to the display and loads fonts.
    std::future<Result<Project>> reading = readEmbeddedProject();
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.annals.annals"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.annals.annals.svg")));
    UiFonts::applyToApplication();
    if (qEnvironmentVariable("ANNALS_PALETTE") == QLatin1String("dark"))
        applyDarkPalette();

    UiLanguage::install(UiLanguage::locale(UiLanguage::savedChoice()));

    // Created first: the benchmark's startup time includes everything below.
    PaintProbe *probe = PaintProbe::fromEnvironment(&app);
    PaintProbe::phase(QStringLiteral("application"));
    ProjectDocument document;
    Result<Project> embedded = reading.get();
    if (!embedded)
        embedded = ProjectLoader::embeddedProject(); // again, for the message in the UI language
    if (!embedded) {
        // Only a broken build gets here; say so rather than open an empty window.
        QMessageBox::critical(nullptr, tr("Annals"),
                              tr("The embedded dataset cannot be read: %1")
                                  .arg(embedded.error().toString()));
        return 1;
    }
    document.resetProject(embedded.value());
    PaintProbeActions::warmUpIfAsked(&document);

    MainWindow window(&document);
    PaintProbe::phase(QStringLiteral("window"));
    if (probe)
        PaintProbeActions::attach(probe, &window);
    window.show();
    PaintProbe::phase(QStringLiteral("shown"));
    const Result<bool> recovered = offerRecovery(document, [&window](const RecoveryCandidate &found) {
        const QString what = found.originalPath.isEmpty()
                                 ? tr("a new project")
                                 : QFileInfo(found.originalPath).fileName();
        return QMessageBox::question(
                   &window, tr("Recover Unsaved Work"),
                   tr("Annals did not close properly. Recover the unsaved work on %1 "
                               "as it was at %2?")
                       .arg(what, QLocale().toString(found.saved.toLocalTime(),
                                                     QLocale::ShortFormat)))
               == QMessageBox::Yes;
    });
    if (!recovered) {
        QMessageBox::warning(&window, tr("Recover Unsaved Work"),
                             tr("The unsaved work could not be recovered: %1")
                                 .arg(recovered.error().toString()));
    }
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!(recovered && recovered.value()) && !arguments.isEmpty())
        // That file on its own: an extract replaces the embedded figures.
        window.imports()->openAnyFile(arguments.first(), FigureImport::Replace);
    return app.exec();
}

} // namespace Annals
