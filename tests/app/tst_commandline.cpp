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
    void speaksTheLocaleLanguage_data();
    void speaksTheLocaleLanguage();
    void outputDoesNotDependOnTheLanguage();
    void theApplicationStaysOnTheMainThreadWhileTheProjectIsRead();

private:
    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QString &locale);
};

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments, const QString &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR",
                             "LANGUAGE", "LC_MESSAGES", "LANG"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    QProcess annals;
    annals.setProcessEnvironment(environment);
    annals.start(QStringLiteral(ANNALS_EXECUTABLE), arguments);
    Run result;
    if (!annals.waitForFinished(60000) || annals.exitStatus() != QProcess::NormalExit)
        return result;
    result.status = annals.exitCode();
    result.out = QString::fromUtf8(annals.readAllStandardOutput());
    result.err = QString::fromUtf8(annals.readAllStandardError());
    return result;
}

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

void TestCommandLine::speaksTheLocaleLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("unknown option") << QStringList{"--bogus"} << 2 << "unknown option"
                                    << "未知选项";
    QTest::newRow("unreadable input") << QStringList{"validate", "/nonexistent/x.annals"} << 1
                                      << "the file does not exist" << "文件不存在";
    QTest::newRow("count usage") << QStringList{"count"} << 2 << "no keywords" << "没有关键词";
}

void TestCommandLine::speaksTheLocaleLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, english);
    QFETCH(QString, chinese);
    const Run inEnglish = run(arguments, QStringLiteral("C.UTF-8"));
    const Run inChinese = run(arguments, QStringLiteral("zh_CN.UTF-8"));
    // The message changes with the language, the exit status never.
    QCOMPARE(inEnglish.status, status);
    QCOMPARE(inChinese.status, status);
    QVERIFY2(inEnglish.err.contains(english), qPrintable(inEnglish.err));
    QVERIFY2(inChinese.err.contains(chinese), qPrintable(inChinese.err));
}

void TestCommandLine::outputDoesNotDependOnTheLanguage()
{
    const QStringList arguments{"data"};
    const Run inEnglish = run(arguments, QStringLiteral("C.UTF-8"));
    const Run inChinese = run(arguments, QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(inEnglish.status, 0);
    QCOMPARE(inChinese.status, 0);
    QVERIFY(inEnglish.out.size() > 1000);
    QVERIFY(inEnglish.out == inChinese.out); // QCOMPARE would print megabytes

    // The long CSV of an export: its ids, units and vintages are for programs.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray csv[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = dir.filePath(QStringLiteral("export%1.csv").arg(i));
        const Run exported = run({"export", "--chart", "dashboard", "--csv", path},
                                 QString::fromLatin1(i == 0 ? "C.UTF-8" : "zh_CN.UTF-8"));
        QCOMPARE(exported.status, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        csv[i] = file.readAll();
    }
    QVERIFY(csv[0].startsWith("series,year,value,unit,vintage,"));
    QVERIFY(csv[0] == csv[1]);
}

// The embedded project is read on a second thread while the application starts; the reader
// must not become Qt's main thread (the first thread to use Qt's objects does).
void TestCommandLine::theApplicationStaysOnTheMainThreadWhileTheProjectIsRead()
{
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedChannels);
    helper.start(QStringLiteral(ANNALS_EMBEDDED_READER_HELPER));
    QVERIFY2(helper.waitForFinished(60000), qPrintable(helper.errorString()));
    QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
    QCOMPARE(helper.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
