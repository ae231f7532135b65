#include "application.h"

#include "autosave.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "projectserializer.h"
#include "uifonts.h"

#include <QApplication>
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

bool Application::offerRecovery(ProjectDocument &document, const RecoveryQuestion &question)
{
    const std::optional<RecoveryCandidate> candidate = Autosave::findRecovery();
    if (!candidate)
        return false;
    if (!question(*candidate)) {
        Autosave::discard(*candidate);
        return false;
    }
    const Result<Project> recovered = ProjectSerializer::readFile(candidate->projectPath);
    if (!recovered)
        return false; // keep the file: the analyst may want to send it to us
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
    const bool recovered = offerRecovery(document, [&window](const RecoveryCandidate &found) {
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
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!recovered && !arguments.isEmpty())
        window.openAnyFile(arguments.first());
    return app.exec();
}

} // namespace Annals
