// What every output does when it cannot be written: a full disk (RLIMIT_FSIZE, see
// FileSizeLimit), a folder that cannot hold files, an output that is one of the inputs or a
// special file, and a standard output that fails. The old files stay as they were, the
// command says why and exits 1, the document stays modified.

#include "autosave.h"
#include "commandrun.h"
#include "countcommand.h"
#include "exportcommand.h"
#include "filesizelimit.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "projectserializer.h"
#include "sampledataset.h"
#include "specialfiles.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>


using namespace Annals;

namespace {

const QByteArray oldContents = "the old file, which must survive\n";

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestOutputFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportOnAFullDiskKeepsTheOldFile_data();
    void exportOnAFullDiskKeepsTheOldFile();
    void countOnAFullDiskKeepsTheOldFile();
    void exportRefusesItsInputAndSpecialFiles_data();
    void exportRefusesItsInputAndSpecialFiles();
    void failingStandardOutputExitsOne_data();
    void failingStandardOutputExitsOne();
    void saveOnAFullDiskKeepsTheProjectAndTheEdits();
    void saveIntoAFolderThatCannotHoldFiles();
    void autosaveOnAFullDiskKeepsTheRecoveryFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void writeOld(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOutputFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOutputFaults::writeOld(const QString &name) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(oldContents);
}

void TestOutputFaults::exportOnAFullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("file");
    QTest::newRow("PNG") << "--png" << "chart.png";
    QTest::newRow("SVG") << "--svg" << "chart.svg";
    QTest::newRow("PDF") << "--pdf" << "chart.pdf";
    QTest::newRow("CSV and its JSON sidecar") << "--csv" << "data.csv";
}

void TestOutputFaults::exportOnAFullDiskKeepsTheOldFile()
{
    QFETCH(QString, option);
    QFETCH(QString, file);
    writeOld(file);
    writeOld(file + QStringLiteral(".json"));
    QString out;
    QString err;
    int status = 0;
    {
        // Room for a few KiB: every export here is larger.
        const FileSizeLimit full(4096);
        QVERIFY(full.isActive());
        status = runCommand(&Cli::runExportCommand,
                            {option, path(file), QStringLiteral("--size"),
                             QStringLiteral("1600x1000")},
                            &out, &err);
    }
    QCOMPARE(status, 1);
    QVERIFY2(err.contains(QStringLiteral("cannot be written")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("wrote")), qPrintable(err));
    QCOMPARE(contentsOf(path(file)), oldContents);
    QCOMPARE(contentsOf(path(file + QStringLiteral(".json"))), oldContents);
}

void TestOutputFaults::countOnAFullDiskKeepsTheOldFile()
{
    const QString corpus = QStringLiteral(ANNALS_SHARED_DIR "/corpus");
    if (!QFileInfo::exists(corpus))
        QSKIP("../shared/corpus is not available");
    writeOld(QStringLiteral("counts.json"));
    QString out;
    QString err;
    int status = 0;
    {
        const FileSizeLimit full(4096);
        status = runCommand(&Cli::runCountCommand,
                            {QStringLiteral("-k"), QStringLiteral("科技"),
                             QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("-o"), path(QStringLiteral("counts.json")), corpus},
                            &out, &err);
    }
    QCOMPARE(status, 1);
    QVERIFY2(err.contains(QStringLiteral("cannot be written")), qPrintable(err));
    QCOMPARE(contentsOf(path(QStringLiteral("counts.json"))), oldContents);
}

void TestOutputFaults::exportRefusesItsInputAndSpecialFiles_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("target"); // %1: the project, %2: the folder
    QTest::addColumn<QString>("message");
    QTest::newRow("CSV onto the project") << "--csv" << "%1" << "also an input";
    QTest::newRow("PNG onto the project") << "--png" << "%1" << "also an input";
    QTest::newRow("CSV whose sidecar is the project")
        << "--csv" << "%2/p" << "also an input";
    QTest::newRow("PNG onto a FIFO") << "--png" << "%2/fifo" << "pipe, device, socket";
    QTest::newRow("PDF onto a device") << "--pdf" << "%2/null" << "pipe, device, socket";
}

void TestOutputFaults::exportRefusesItsInputAndSpecialFiles()
{
    QFETCH(QString, option);
    QFETCH(QString, target);
    QFETCH(QString, message);
    // A project whose name makes "p.json" the sidecar of "--csv p".
    const QString project = path(QStringLiteral("p.json"));
    ProjectDocument document;
    document.resetProject(ProjectLoader::newProject(SampleDataset::make()));
    QVERIFY(ProjectSerializer::writeFile(document.snapshot(), project).ok());
    const QByteArray saved = contentsOf(project);
    QVERIFY(makeFifo(path(QStringLiteral("fifo"))));
    if (!makeNullDevice(path(QStringLiteral("null"))) && target.endsWith(QLatin1String("/null")))
        QSKIP("making a device needs root");
    target.replace(QStringLiteral("%1"), project).replace(QStringLiteral("%2"), m_dir->path());

    QString out;
    QString err;
    QCOMPARE(runCommand(&Cli::runExportCommand, {project, option, target}, &out, &err), 1);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(contentsOf(project), saved);
    QVERIFY(!QFileInfo(path(QStringLiteral("fifo"))).isFile());
    QVERIFY(!QFileInfo(path(QStringLiteral("null"))).isFile());
}

void TestOutputFaults::failingStandardOutputExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("data") << QStringList{QStringLiteral("data")};
    QTest::newRow("validate")
        << QStringList{QStringLiteral("validate"),
                       QStringLiteral(ANNALS_SOURCE_DIR "/resources/example-extract.json")};
    QTest::newRow("count") << QStringList{QStringLiteral("count"), QStringLiteral("-k"),
                                          QStringLiteral("的"),
                                          QStringLiteral(ANNALS_SOURCE_DIR "/README.md")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
}

void TestOutputFaults::failingStandardOutputExitsOne()
{
    QFETCH(QStringList, arguments);
    QProcess annals;
    annals.setStandardOutputFile(QStringLiteral("/dev/full"));
    annals.start(QStringLiteral(ANNALS_EXECUTABLE), arguments);
    QVERIFY(annals.waitForFinished(60000));
    const QString err = QString::fromUtf8(annals.readAllStandardError());
    QCOMPARE(annals.exitStatus(), QProcess::NormalExit);
    QVERIFY2(annals.exitCode() == 1, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("cannot write to standard output")), qPrintable(err));
}

void TestOutputFaults::saveOnAFullDiskKeepsTheProjectAndTheEdits()
{
    ProjectDocument document;
    document.resetProject(ProjectLoader::newProject(SampleDataset::make()));
    const QString project = path(QStringLiteral("analysis.annals"));
    QVERIFY(document.saveTo(project).ok());
    const QByteArray saved = contentsOf(project);
    document.setYearRange(2020, 2023);
    QVERIFY(document.isModified());
    Result<void> result;
    {
        const FileSizeLimit full(64);
        result = document.saveTo(project);
    }
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("unchanged")),
             qPrintable(result.error().toString()));
    QCOMPARE(contentsOf(project), saved);
    QVERIFY(document.isModified());
    QCOMPARE(document.filePath(), QFileInfo(project).absoluteFilePath());
    // With room again, the same edits save.
    QVERIFY(document.saveTo(project).ok());
    QVERIFY(!document.isModified());
}

void TestOutputFaults::saveIntoAFolderThatCannotHoldFiles()
{
    // /proc refuses new files even to root, like a read-only folder.
    ProjectDocument document;
    document.resetProject(ProjectLoader::newProject(SampleDataset::make()));
    document.setYearRange(2020, 2023);
    const Result<void> result = document.saveTo(QStringLiteral("/proc/annals-test.annals"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("cannot be written")),
             qPrintable(result.error().toString()));
    QVERIFY(document.isModified());
    QVERIFY(document.filePath().isEmpty());
}

void TestOutputFaults::autosaveOnAFullDiskKeepsTheRecoveryFile()
{
    qputenv("ANNALS_RECOVERY_DIR", QFile::encodeName(path(QStringLiteral("recovery"))));
    ProjectDocument document;
    document.resetProject(ProjectLoader::newProject(SampleDataset::make()));
    Autosave autosave(&document, 3600 * 1000);
    document.setYearRange(2020, 2023);
    autosave.saveNow();
    document.waitForSaves(); // autosaves run on a worker
    const QString recovery = autosave.recoveryFilePath();
    const QByteArray first = contentsOf(recovery);
    QVERIFY(first.startsWith("ANNALS-PROJECT"));
    QSignalSpy failed(&autosave, &Autosave::saveFailed);
    document.setYearRange(2021, 2023);
    {
        const FileSizeLimit full(64);
        autosave.saveNow();
        document.waitForSaves(); // autosaves run on a worker
    }
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("cannot be written")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(contentsOf(recovery), first);
    // The next tick, with room again, writes the newer state.
    autosave.saveNow();
    document.waitForSaves(); // autosaves run on a worker
    QVERIFY(contentsOf(recovery) != first);
    autosave.removeRecoveryFile();
    qunsetenv("ANNALS_RECOVERY_DIR");
}

QTEST_MAIN(TestOutputFaults)
#include "tst_outputfaults.moc"
