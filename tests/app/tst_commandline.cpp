#include "commandline.h"

#include <QProcess>
#include <QtTest>

using namespace Annals;

// The annals program itself, started as a user would: exit statuses, usage, no display.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsUnknownGuiOptions_data();
    void findsUnknownGuiOptions();
    void runsWithoutDisplay_data();
    void runsWithoutDisplay();
};

void TestCommandLine::findsUnknownGuiOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("unknown");
    QTest::newRow("a project") << QStringList{"p.annals"} << QString();
    QTest::newRow("Qt's -style") << QStringList{"-style", "Fusion", "p.annals"} << QString();
    QTest::newRow("Qt's --style=") << QStringList{"--style=Fusion"} << QString();
    QTest::newRow("Qt's -reverse") << QStringList{"-reverse"} << QString();
    QTest::newRow("--bogus") << QStringList{"--bogus"} << "--bogus";
    QTest::newRow("-x after a file") << QStringList{"p.annals", "-x"} << "-x";
    QTest::newRow("after --") << QStringList{"--", "-p.annals"} << QString();
    QTest::newRow("a value that looks like an option")
        << QStringList{"-platform", "-weird", "p.annals"} << QString();
}

void TestCommandLine::findsUnknownGuiOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, unknown);
    QCOMPARE(Cli::unknownGuiOption(arguments).value_or(QString()), unknown);
}

void TestCommandLine::runsWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("outStart");
    QTest::addColumn<QString>("errStart");
    const QString usage = QStringLiteral("Usage:\n  annals [PROJECT.annals");
    QTest::newRow("--bogus") << QStringList{"--bogus"} << 2 << QString()
                             << "annals: unknown option \"--bogus\"\n" + usage;
    QTest::newRow("no display") << QStringList{} << 1 << QString()
                                << "annals: no display to open the window on";
    QTest::newRow("--help") << QStringList{"--help"} << 0 << usage << QString();
    QTest::newRow("--version") << QStringList{"--version"} << 0 << "annals " ANNALS_VERSION "\n"
                               << QString();
    QTest::newRow("data --help") << QStringList{"data", "--help"} << 0
                                 << "Usage: annals data [options]\n" << QString();
    QTest::newRow("export --help") << QStringList{"export", "--help"} << 0
                                   << "Usage: annals export [options]" << QString();
    // Bad usage is 2 in every command.
    for (const QString &command : Cli::commandNames()) {
        QTest::addRow("%s --bogus", qPrintable(command))
            << QStringList{command, "--bogus"} << 2 << QString() << QString();
    }
    QTest::newRow("unreadable input") << QStringList{"validate", "/nonexistent/x.annals"} << 1
                                      << QString() << "x.annals: the file does not exist\n";
}

void TestCommandLine::runsWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, outStart);
    QFETCH(QString, errStart);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess annals;
    annals.setProcessEnvironment(environment);
    annals.start(QStringLiteral(ANNALS_EXECUTABLE), arguments);
    QVERIFY(annals.waitForFinished(60000));
    const QString out = QString::fromUtf8(annals.readAllStandardOutput());
    const QString err = QString::fromUtf8(annals.readAllStandardError());
    QCOMPARE(annals.exitStatus(), QProcess::NormalExit);
    QVERIFY2(annals.exitCode() == status,
             qPrintable(QStringLiteral("exit %1\n%2").arg(annals.exitCode()).arg(err)));
    QVERIFY2(out.startsWith(outStart), qPrintable(out));
    QVERIFY2(err.startsWith(errStart), qPrintable(err));
    // Nothing the user cannot act on: Qt's runtime-directory warning stays out.
    QVERIFY2(!err.contains(QLatin1String("XDG_RUNTIME_DIR not set")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
