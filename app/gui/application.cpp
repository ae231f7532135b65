#include "application.h"

#include "autosave.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "projectserializer.h"
#include "uifonts.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

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
        error.message = QObject::tr("%1 The file was kept as %2.")
                            .arg(error.message, QDir::toNativeSeparators(kept));
        return error;
    }
    document.resetProjectUnsaved(recovered.value());
    document.setFilePath(candidate->originalPath);
    Autosave::discard(*candidate);
    return true;
}

int Application::runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.annals.annals"));
    UiFonts::applyToApplication();

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    ProjectDocument document;
    const Result<Project> embedded = ProjectLoader::embeddedProject();
    if (!embedded) {
        // Only a broken build gets here; say so rather than open an empty window.
        QMessageBox::critical(nullptr, QObject::tr("Annals"),
                              QObject::tr("The embedded dataset cannot be read: %1")
                                  .arg(embedded.error().toString()));
        return 1;
    }
    document.resetProject(embedded.value());

    MainWindow window(&document);
    window.show();
    const Result<bool> recovered = offerRecovery(document, [&window](const RecoveryCandidate &found) {
        const QString what = found.originalPath.isEmpty()
                                 ? QObject::tr("a new project")
                                 : QFileInfo(found.originalPath).fileName();
        return QMessageBox::question(
                   &window, QObject::tr("Recover Unsaved Work"),
                   QObject::tr("Annals did not close properly. Recover the unsaved work on %1 "
                               "as it was at %2?")
                       .arg(what, QLocale().toString(found.saved.toLocalTime(),
                                                     QLocale::ShortFormat)))
               == QMessageBox::Yes;
    });
    if (!recovered) {
        QMessageBox::warning(&window, QObject::tr("Recover Unsaved Work"),
                             QObject::tr("The unsaved work could not be recovered: %1")
                                 .arg(recovered.error().toString()));
    }
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!(recovered && recovered.value()) && !arguments.isEmpty())
        window.openAnyFile(arguments.first(), FigureImport::Replace); // that file, on its own
    return app.exec();
}

} // namespace Annals
