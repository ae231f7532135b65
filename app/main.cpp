// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "gui/application.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

namespace {

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
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = command.run(app->arguments().mid(2), out, err);
    return Annals::Cli::finishStandardOutput(out, err, status);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (const Annals::Cli::Command *command = Annals::Cli::findCommand(first))
            return runCommand(*command, argc, argv);
        if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
            QTextStream out(stdout);
            QTextStream err(stderr);
            out << Annals::Cli::usage();
            return Annals::Cli::finishStandardOutput(out, err, 0);
        }
        if (first == QLatin1String("--version")) {
            QTextStream out(stdout);
            QTextStream err(stderr);
            out << "annals " ANNALS_VERSION "\n";
            return Annals::Cli::finishStandardOutput(out, err, 0);
        }
    }
    return Annals::Application::runGui(argc, argv);
}
