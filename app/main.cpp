// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "gui/application.h"
#include "gui/uilanguage.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

namespace {

QtMessageHandler systemMessageHandler = nullptr;

// Qt warns on every run without XDG_RUNTIME_DIR (sudo, su, containers, cron): nothing the user
// can act on, so it is not passed on. Every other message is.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    systemMessageHandler(type, context, message);
}

int runCommand(const Annals::Cli::Command &command, int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (command.needsGui) {
        // Rendering charts needs a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Annals::Application::setIdentity();
    // Messages follow the system locale only: a script gets what its environment asks for.
    Annals::UiLanguage::install(QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = command.run(app->arguments().mid(2), out, err);
    return Annals::Cli::finishStandardOutput(out, err, status);
}

enum class NoDisplay { No, Yes };

// Usage text and version need no display: a core application carries the translations.
int printWithoutWindow(int argc, char *argv[], bool toStandardError, int status,
                       const QString &unknownOption = QString(),
                       NoDisplay noDisplay = NoDisplay::No)
{
    QCoreApplication app(argc, argv);
    Annals::Application::setIdentity();
    Annals::UiLanguage::install(QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!unknownOption.isEmpty()) {
        err << QCoreApplication::translate("Annals::Cli", "annals: unknown option \"%1\"")
                   .arg(unknownOption)
            << '\n';
    }
    if (noDisplay == NoDisplay::Yes) {
        err << QCoreApplication::translate("Annals::Cli",
                                           "annals: no display to open the window on (neither "
                                           "DISPLAY nor WAYLAND_DISPLAY is set); the commands "
                                           "work without one.")
            << '\n';
    }
    (toStandardError ? err : out) << Annals::Cli::usage();
    err.flush();
    return Annals::Cli::finishStandardOutput(out, err, status);
}

} // namespace

int main(int argc, char *argv[])
{
    systemMessageHandler = qInstallMessageHandler(filterMessages);
    if (argc > 1) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (const Annals::Cli::Command *command = Annals::Cli::findCommand(first))
            return runCommand(*command, argc, argv);
        if (first == QLatin1String("--help") || first == QLatin1String("-h"))
            return printWithoutWindow(argc, argv, false, 0);
        if (first == QLatin1String("--version")) {
            QTextStream out(stdout);
            QTextStream err(stderr);
            out << "annals " ANNALS_VERSION "\n";
            return Annals::Cli::finishStandardOutput(out, err, 0);
        }
        QStringList arguments;
        for (int i = 1; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        if (const std::optional<QString> unknown = Annals::Cli::unknownGuiOption(arguments))
            return printWithoutWindow(argc, argv, true, 2, *unknown);
    }
    // Without a display Qt's platform plugin aborts; say what works instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        return printWithoutWindow(argc, argv, true, 1, QString(), NoDisplay::Yes);
    }
    return Annals::Application::runGui(argc, argv);
}
