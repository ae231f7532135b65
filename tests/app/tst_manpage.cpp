#include "commandline.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace Annals;

// packaging/annals.1 documents every command and every option the parsers in app/cli define.
class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hasEverySection_data();
    void hasEverySection();
    void namesEveryCommand();
    void namesEveryOption_data();
    void namesEveryOption();

private:
    static QString readSource(const QString &relativePath);
    QString m_manPage; // with roff's "\-" as "-"
};

QString TestManPage::readSource(const QString &relativePath)
{
    QFile file(QStringLiteral(ANNALS_SOURCE_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

void TestManPage::initTestCase()
{
    m_manPage = readSource(QStringLiteral("packaging/annals.1"));
    QVERIFY(!m_manPage.isEmpty());
    m_manPage.replace(QLatin1String("\\-"), QLatin1String("-"));
}

void TestManPage::hasEverySection_data()
{
    QTest::addColumn<QString>("section");
    for (const char *section : {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS",
                                "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"})
        QTest::newRow(section) << section;
}

void TestManPage::hasEverySection()
{
    QFETCH(QString, section);
    const QRegularExpression heading(QStringLiteral("^\\.SH \"?%1\"?$")
                                         .arg(QRegularExpression::escape(section)),
                                     QRegularExpression::MultilineOption);
    QVERIFY(m_manPage.contains(heading));
}

void TestManPage::namesEveryCommand()
{
    const QStringList commands = Cli::commandNames();
    QVERIFY(commands.size() >= 6);
    for (const QString &command : commands) {
        QVERIFY2(m_manPage.contains(QStringLiteral(".SS \"annals %1\"").arg(command)),
                 qPrintable(command));
    }
}

void TestManPage::namesEveryOption_data()
{
    QTest::addColumn<QString>("option");
    // Every QCommandLineOption declared in app/cli, with all of its names.
    const QRegularExpression declaration(
        QStringLiteral("QCommandLineOption\\s+\\w+\\(\\s*"
                       "(\\{[^}]*\\}|QStringLiteral\\(\"[^\"]*\"\\))"));
    const QRegularExpression name(QStringLiteral("QStringLiteral\\(\"([^\"]+)\"\\)"));
    const QDir cli(QStringLiteral(ANNALS_SOURCE_DIR "/app/cli"));
    int found = 0;
    for (const QString &file : cli.entryList({QStringLiteral("*.cpp")}, QDir::Files)) {
        const QString source = readSource(QStringLiteral("app/cli/") + file);
        for (const QRegularExpressionMatch &match : declaration.globalMatch(source)) {
            for (const QRegularExpressionMatch &each : name.globalMatch(match.captured(1))) {
                const QString option = each.captured(1);
                const QString flag = (option.size() == 1 ? QStringLiteral("-")
                                                         : QStringLiteral("--"))
                                     + option;
                QTest::addRow("%s %s", qPrintable(file), qPrintable(flag)) << flag;
                ++found;
            }
        }
    }
    // addHelpOption() declares these without a QCommandLineOption in our code.
    for (const char *flag : {"-h", "--help", "--help-all", "--version"})
        QTest::addRow("implicit %s", flag) << flag;
    QVERIFY(found > 30); // the parser above still understands the sources
}

void TestManPage::namesEveryOption()
{
    QFETCH(QString, option);
    const QRegularExpression word(QStringLiteral("(^|[^-\\w])%1($|[^-\\w])")
                                      .arg(QRegularExpression::escape(option)));
    QVERIFY2(m_manPage.contains(word), qPrintable(option + QStringLiteral(" not in annals.1")));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
