// For tst_commandline: starts reading the embedded project as Annals does, then creates the
// application while another thread that has used Qt's objects is still at work, as the reader
// may be. Exits 1 when Qt says the application is not on its main thread (it takes the first
// thread to use its objects for the main thread), 2 when the project could not be read.

#include "application.h"

#include <QCoreApplication>

#include <thread>

namespace {

bool notOnMainThread = false;

void watchMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (message.contains(QLatin1String("not created in the main() thread")))
        notOnMainThread = true;
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(watchMessages);
    std::future<Annals::Result<Annals::Project>> reading =
        Annals::Application::readEmbeddedProject();

    std::promise<void> used;
    std::promise<void> created;
    std::future<void> applicationCreated = created.get_future();
    std::thread busy([&used, &applicationCreated] {
        QObject object; // a thread that uses Qt's objects before the application exists
        used.set_value();
        applicationCreated.wait();
    });
    used.get_future().wait();
    QCoreApplication app(argc, argv);
    created.set_value();
    busy.join();
    if (notOnMainThread)
        return 1;
    return reading.get() ? 0 : 2;
}
