#include "application.h"

#include "datasetloader.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "uifonts.h"

#include <QApplication>
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
    Result<Dataset> embedded = DatasetLoader::loadEmbedded();
    if (!embedded) {
        // Only a broken build gets here; say so rather than open an empty window.
        QMessageBox::critical(nullptr, QObject::tr("Annals"),
                              QObject::tr("The embedded dataset cannot be read: %1")
                                  .arg(embedded.error().toString()));
        return 1;
    }
    document.resetProject(ProjectDocument::newProject(embedded.value()));

    MainWindow window(&document);
    window.show();
    return app.exec();
}

} // namespace Annals
