#include "safewriter.h"

#include "../common/filesizelimit.h"
#include "../common/specialfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Annals;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestSafeWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReplaces();
    void refusesTargets_data();
    void refusesTargets();
    void fullDiskLeavesTheOldFile_data();
    void fullDiskLeavesTheOldFile();
    void discardLeavesTheOldFile();

private:
    QTemporaryDir m_dir;
};

void TestSafeWriter::writesAndReplaces()
{
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(SafeWriter::writeFile(path, "first").ok());
    QCOMPARE(contentsOf(path), QByteArray("first"));
    SafeWriter writer(path);
    QVERIFY(writer.open().ok());
    writer.write("sec");
    writer.write("ond");
    QCOMPARE(contentsOf(path), QByteArray("first")); // nothing replaced before commit()
    QVERIFY(writer.commit().ok());
    QCOMPARE(contentsOf(path), QByteArray("second"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.csv")});
}

void TestSafeWriter::refusesTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString input = m_dir.filePath(QStringLiteral("input.txt"));
    writeText(input, "the input");
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
    QVERIFY(makeFifo(fifo));
    const QString device = m_dir.filePath(QStringLiteral("null.png"));
    makeNullDevice(device); // root only: the row is skipped elsewhere
    const QString link = m_dir.filePath(QStringLiteral("link.txt"));
    QVERIFY(QFile::link(input, link));
    const QString hardLink = m_dir.filePath(QStringLiteral("hard.txt"));
    QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(hardLink).constData()),
             0);
    const QString dangling = m_dir.filePath(QStringLiteral("dangling.txt"));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("gone")), dangling));

    QTest::newRow("a FIFO") << fifo << QString() << "pipe, device, socket";
    QTest::newRow("a character device") << device << QString() << "pipe, device, socket";
    QTest::newRow("a folder") << m_dir.path() << QString() << "folder";
    QTest::newRow("a dangling link") << dangling << QString() << "broken link";
    QTest::newRow("the input itself") << input << input << "also an input";
    QTest::newRow("the input by another path")
        << m_dir.path() + QStringLiteral("/./input.txt") << input << "also an input";
    QTest::newRow("the input through a symbolic link") << link << input << "also an input";
    QTest::newRow("the input through a hard link") << hardLink << input << "also an input";
    QTest::newRow("a missing folder") << m_dir.filePath(QStringLiteral("no/such/out.csv"))
                                      << QString() << "does not exist";
}

void TestSafeWriter::refusesTargets()
{
    QFETCH(QString, target);
    QFETCH(QString, input);
    QFETCH(QString, message);
    const QStringList inputs = input.isEmpty() ? QStringList() : QStringList{input};
    const QFileInfo before(target);
    if (target.endsWith(QLatin1String("null.png")) && !before.exists())
        QSKIP("making a device needs root");
    const Result<void> written = SafeWriter::writeFile(target, "output", inputs);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(message), qPrintable(written.error().toString()));
    QCOMPARE(written.error().file, target);
    // What was there is still there, of the same kind.
    const QFileInfo after(target);
    QCOMPARE(after.exists(), before.exists());
    QCOMPARE(after.isFile(), before.isFile());
    QCOMPARE(after.isSymLink(), before.isSymLink());
    if (!input.isEmpty())
        QCOMPARE(contentsOf(input), QByteArray("the input"));
}

void TestSafeWriter::fullDiskLeavesTheOldFile_data()
{
    QTest::addColumn<bool>("streamed");
    QTest::newRow("whole file") << false;
    QTest::newRow("streamed in pieces") << true;
}

void TestSafeWriter::fullDiskLeavesTheOldFile()
{
    QFETCH(bool, streamed);
    const QString path = m_dir.filePath(QStringLiteral("full.png"));
    writeText(path, "the old file");
    const QByteArray big(256 * 1024, 'x');
    Result<void> written;
    {
        const FileSizeLimit full(64 * 1024);
        QVERIFY(full.isActive());
        if (streamed) {
            SafeWriter writer(path);
            QVERIFY(writer.open().ok());
            for (int i = 0; i < 16; ++i)
                writer.write(big.first(16 * 1024));
            written = writer.commit();
        } else {
            written = SafeWriter::writeFile(path, big);
        }
    }
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("unchanged")),
             qPrintable(written.error().toString()));
    QCOMPARE(contentsOf(path), QByteArray("the old file"));
    // No temporary file is left behind.
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("full.png*")},
                                                          QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{QStringLiteral("full.png")});
}

void TestSafeWriter::discardLeavesTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.json"));
    writeText(path, "kept");
    SafeWriter writer(path);
    QVERIFY(writer.open().ok());
    writer.write("replaced");
    writer.discard();
    QCOMPARE(contentsOf(path), QByteArray("kept"));
}

QTEST_GUILESS_MAIN(TestSafeWriter)
#include "tst_safewriter.moc"
