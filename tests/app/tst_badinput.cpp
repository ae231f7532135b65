// The bad input catalogue (tests/data/bad/, made by make-bad.py): every file goes through
// ImportController::openAnyFile(), the path of File ▸ Open, drag and drop and the command
// line, with the embedded project loaded. Each row asserts the exact message the analyst
// reads and that the project is unchanged afterwards.

#include "datafile.h"
#include "datasetloader.h"
#include "keywordcontroller.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "projectserializer.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Annals;

namespace {

const QString badDir = QStringLiteral(ANNALS_TEST_DATA_DIR "/bad");

// What each route of openAnyFile() says when a file cannot be used.
QString figuresMessage(const QString &file, const QString &error)
{
    return QStringLiteral("%1 was not imported; nothing was changed.\n\n%2").arg(file, error);
}

QString projectMessage(const QString &file, const QString &error)
{
    return QStringLiteral("%1 could not be opened; the open project is unchanged.\n\n%2")
        .arg(file, error);
}

// Report texts are imported without the dialog here, so their problems go to qWarning().
QString textMessage(const QString &error)
{
    return QStringLiteral("Some Texts Were Not Imported: 1 file(s) could not be read; the "
                          "others were imported:\n\n%1")
        .arg(error);
}

/*!
 * Closes every message box that opens while it lives and keeps its text. Polls rather than
 * firing once, because a project is read in a worker thread before its error box appears.
 */
class MessageBoxCatcher : public QObject
{
public:
    MessageBoxCatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_texts.append(box->text());
            box->close();
        });
        m_timer.start(5);
    }
    const QStringList &texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void badFileLeavesTheProjectAlone_data();
    void badFileLeavesTheProjectAlone();
    void goodFilesDoChangeTheProject_data();
    void goodFilesDoChangeTheProject();

private:
    QString prepare(const QString &name);

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_scratch;
};

void TestBadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
}

void TestBadInput::init()
{
    m_scratch = std::make_unique<QTemporaryDir>();
    QVERIFY(m_scratch->isValid());
    qputenv("ANNALS_RECOVERY_DIR", m_scratch->filePath(QStringLiteral("recovery")).toUtf8());
    m_document = std::make_unique<ProjectDocument>();
    const Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    QVERIFY(dataset.ok());
    m_document->resetProject(ProjectLoader::newProject(dataset.value()));
    m_window = std::make_unique<MainWindow>(m_document.get());
    m_window->keywords()->setConfirmImports(false);
}

void TestBadInput::cleanup()
{
    m_window.reset();
    m_document.reset();
    m_scratch.reset();
}

// Rows whose name starts with '@' are made here, in a temporary folder, because they cannot be
// committed: a 2 GB file, a folder, a FIFO, an unreadable file.
QString TestBadInput::prepare(const QString &name)
{
    if (!name.startsWith(QLatin1Char('@')))
        return badDir + QLatin1Char('/') + name;
    const QString path = m_scratch->filePath(name.mid(1));
    if (name.startsWith(QLatin1String("@sparse-2g."))) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(qint64(2) << 30))
            qFatal("cannot make a 2 GB sparse file: %s", qPrintable(file.errorString()));
    } else if (name.startsWith(QLatin1String("@over-64m."))) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(maxDataFileBytes + 1))
            qFatal("cannot make a sparse file: %s", qPrintable(file.errorString()));
    } else if (name.startsWith(QLatin1String("@crafted-"))) {
        Project project = m_document->project();
        Series &first = project.dataset.series.first();
        if (name.contains(QLatin1String("1.5e308"))) {
            first.observations.first().value = 1.5e308;
            project.view.logarithmic = true;
        } else if (name.contains(QLatin1String("unknown-unit"))) {
            first.unit = QStringLiteral("furlongs");
        } else {
            for (int i = 0; i < 3000; ++i)
                project.view.shownKeywords.append(QStringLiteral("k%1").arg(i));
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(ProjectSerializer::save(project)) <= 0)
            qFatal("cannot write %s", qPrintable(path));
    } else if (name.startsWith(QLatin1String("@folder."))) {
        QDir().mkpath(path);
    } else if (name.startsWith(QLatin1String("@fifo."))) {
        if (mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            qFatal("mkfifo failed");
    } else if (name.startsWith(QLatin1String("@unreadable."))) {
        QFile::copy(badDir + QStringLiteral("/../figures-csv/valid.csv"), path);
        QFile::setPermissions(path, QFileDevice::Permissions());
    } else if (name.startsWith(QLatin1String("@proc-self-mem."))) {
        // A regular file whose read() fails (EIO at address 0), readable by anyone.
        QFile::link(QStringLiteral("/proc/self/mem"), path);
    }
    return path;
}

void TestBadInput::badFileLeavesTheProjectAlone_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    const auto figures = [](const char *file, const QString &error) {
        QTest::newRow(file) << QString::fromUtf8(file)
                            << figuresMessage(QString::fromUtf8(file).remove(QLatin1Char('@')),
                                              error);
    };
    const auto project = [](const char *file, const QString &error) {
        QTest::newRow(file) << QString::fromUtf8(file)
                            << projectMessage(QString::fromUtf8(file).remove(QLatin1Char('@')),
                                              error);
    };
    const auto text = [](const char *file, const QString &error) {
        QTest::newRow(file) << QString::fromUtf8(file) << textMessage(error);
    };

    // Extracts: syntax.
    figures("extract-malformed.json",
            "extract-malformed.json:3:16: not valid JSON: unterminated object");
    figures("extract-truncated.json",
            "extract-truncated.json:23:7: not valid JSON: unterminated string");
    figures("extract-unclosed-string.json",
            "extract-unclosed-string.json:2:1: not valid JSON: unterminated string");
    figures("extract-deep-nesting.json",
            "extract-deep-nesting.json:1:1036: not valid JSON: too deeply nested document");
    // Wrong types and missing fields.
    figures("extract-version-as-text.json",
            "extract-version-as-text.json: version: expected a number, found a string");
    figures("extract-sources-not-list.json",
            "extract-sources-not-list.json: sources: expected a list, found an object");
    figures("extract-value-as-text.json",
            "extract-value-as-text.json: series[0].observations[0].value: expected a number, "
            "found a string");
    figures("extract-dataset-is-list.json",
            "extract-dataset-is-list.json: dataset: expected an object, found a list");
    figures("extract-missing-format.json",
            "extract-missing-format.json: format: this required field is missing");
    figures("extract-missing-series.json",
            "extract-missing-series.json: series: this required field is missing");
    figures("extract-missing-vintage.json",
            "extract-missing-vintage.json: series[0].observations[0].vintage: this required "
            "field is missing");
    figures("keyword-counts.json",
            "keyword-counts.json: format: expected \"annals-extract\", found "
            "\"annals-keyword-counts\"");
    // Values.
    figures("extract-duplicate-year.json",
            "extract-duplicate-year.json: series[0].observations[1]: repeats an earlier "
            "observation (same year, vintage, value and source)");
    figures("extract-value-1e999.json",
            "extract-value-1e999.json:32:20: not valid JSON: illegal number");
    figures("extract-negative-amount.json",
            "extract-negative-amount.json: series[0].observations[0].value: expected a "
            "non-negative amount, found -5");
    figures("extract-unknown-unit.json",
            "extract-unknown-unit.json: series[0].unit: \"furlongs\" is not a unit Annals "
            "knows; expected e.g. \"billion yuan\", \"% of GDP\" or \"count\"");
    figures("extract-unknown-vintage.json",
            "extract-unknown-vintage.json: series[0].observations[0].vintage: expected "
            "budget, actual, preliminary or revised, found \"estimate\"");
    figures("extract-value-1.5e308.json",
            "extract-value-1.5e308.json: series[0].observations[1].value: 1.5e+308 is out of "
            "range; Annals reads values of at most 10^15 in magnitude");
    figures("extract-too-many-series.json",
            "extract-too-many-series.json: series: 2001 entries; Annals reads at most 2000");
    figures("extract-long-name.json",
            "extract-long-name.json: series[0].name.en: 30000 characters; Annals reads names "
            "and units of at most 200 characters");
    // Control characters from the file are escaped, long text is cut.
    figures("extract-unit-escape.json",
            "extract-unit-escape.json: series[0].unit: \"\\u001B[2J\\u001B[H"
                + QStringLiteral("furlongs per fortnight ").repeated(4).left(73)
                + "…\" is not a unit Annals knows; expected e.g. \"billion yuan\", \"% of "
                  "GDP\" or \"count\"");
    figures("extract-year-1800.json",
            "extract-year-1800.json: series[0].observations[0].year: year 1800 is outside "
            "1900–2100");
    // Encodings, empty files, junk.
    figures("extract-latin1.json",
            "extract-latin1.json:6:16: not valid UTF-8 at byte 96; save the file as UTF-8");
    figures("extract-utf16.json",
            "extract-utf16.json:1:1: not valid UTF-8 at byte 0; save the file as UTF-8");
    figures("extract-mixed-encoding.json",
            "extract-mixed-encoding.json:19:12: not valid UTF-8 at byte 274; save the file "
            "as UTF-8");
    figures("empty.json", "empty.json:1:1: not valid JSON: illegal value");
    figures("whitespace.json", "whitespace.json:3:1: not valid JSON: illegal value");
    figures("nul-bytes.json", "nul-bytes.json:1:2: not valid JSON: illegal value");
    figures("binary-junk.json",
            "binary-junk.json:1:3: not valid UTF-8 at byte 2; save the file as UTF-8");

    // Figure tables.
    figures("csv-ragged-short.csv",
            "csv-ragged-short.csv:3: expected 8 fields as in the header, found 4");
    figures("csv-ragged-long.csv",
            "csv-ragged-long.csv:3: expected 8 fields as in the header, found 9");
    figures("csv-unbalanced-quote.csv",
            "csv-unbalanced-quote.csv:3: a quoted field is never closed");
    figures("csv-quote-inside-field.csv",
            "csv-quote-inside-field.csv:2: a quote may only start a field");
    figures("csv-missing-column.csv",
            "csv-missing-column.csv:1: missing column \"vintage\"; expected the header "
            "indicator,year,value,unit,vintage,reported_growth_pct,source_url,note");
    figures("csv-duplicate-row.csv",
            "csv-duplicate-row.csv:3: duplicate of line 2 (same indicator, year, vintage, "
            "value and source)");
    figures("csv-nan.csv", "csv-nan.csv:2: value: expected a finite number, found nan");
    figures("csv-infinity.csv", "csv-infinity.csv:2: value: expected a finite number, found -inf");
    figures("csv-value-1e999.csv",
            "csv-value-1e999.csv:2: value: 1e999 is out of range; Annals reads values of at "
            "most 10^15 in magnitude");
    figures("csv-value-1.8e308.csv",
            "csv-value-1.8e308.csv:2: value: 1.8e308 is out of range; Annals reads values of "
            "at most 10^15 in magnitude");
    figures("csv-too-many-series.csv",
            "csv-too-many-series.csv:2002: indicator: more than 2000 series; Annals reads at "
            "most 2000");
    figures("csv-vintage-escape.csv",
            "csv-vintage-escape.csv:2: vintage: expected budget, actual, preliminary or "
            "revised, found \"act\\u0007ual\\u001B]0;owned\\u0007\"");
    figures("csv-negative-amount.csv",
            "csv-negative-amount.csv:2: value: expected a non-negative amount, found -1");
    figures("csv-unknown-unit.csv",
            "csv-unknown-unit.csv:2: unit: \"furlongs\" is not a unit Annals knows; expected "
            "e.g. \"billion yuan\", \"% of GDP\" or \"count\"");
    figures("csv-unknown-vintage.csv",
            "csv-unknown-vintage.csv:2: vintage: expected budget, actual, preliminary or "
            "revised, found \"estimate\"");
    figures("csv-year-2101.csv", "csv-year-2101.csv:2: year: year 2101 is outside 1900–2100");
    figures("csv-latin1.csv",
            "csv-latin1.csv:2:4: not valid UTF-8 at byte 73; save the file as UTF-8");
    figures("csv-gbk.csv", "csv-gbk.csv:2:1: not valid UTF-8 at byte 70; save the file as UTF-8");
    figures("csv-utf16.csv",
            "csv-utf16.csv:1:1: not valid UTF-8 at byte 0; save the file as UTF-8");
    figures("empty.csv", "empty.csv: the file is empty; expected a header line");
    figures("csv-header-only.csv",
            "csv-header-only.csv: the file holds no figures, only a header line");
    figures("binary-junk.csv",
            "binary-junk.csv:1:4: not valid UTF-8 at byte 3; save the file as UTF-8");

    // Projects.
    project("empty.annals", "empty.annals: the file is empty");
    project("binary-junk.annals", "binary-junk.annals: not an Annals project file");
    project("project-truncated.annals",
            "project-truncated.annals: the file is truncated: expected 2944 bytes of data, "
            "found 1396");
    project("project-is-an-extract.annals",
            "project-is-an-extract.annals: not an Annals project file");
    project("project-newer-format.annals",
            "project-newer-format.annals: written by Annals 0.1.0 (format 7); this version "
            "of Annals opens format ≤ 2");
    project("project-garbage-behind-checksum.annals",
            "project-garbage-behind-checksum.annals: the file is damaged: the data does not "
            "start with the expected archive header");

    // Report texts.
    text("text-2024-undecodable.txt",
         "text-2024-undecodable.txt:1: neither UTF-8 nor GB18030: not valid GB18030 at byte "
         "24, not valid UTF-8 at byte 26; name the encoding if it is another one");
    text("text-2024-mixed-encoding.txt",
         "text-2024-mixed-encoding.txt:1: neither UTF-8 nor GB18030: not valid GB18030 at "
         "byte 24, not valid UTF-8 at byte 39; name the encoding if it is another one");
    text("text-2024-utf16-odd-length.txt",
         "text-2024-utf16-odd-length.txt: not valid UTF-16LE at byte 16");
    text("text-without-year.txt",
         "text-without-year.txt: no year in the file name or the first lines; set one");
    text("empty-2024.txt", "empty-2024.txt: the file is empty");
    text("binary-junk-2024.txt",
         "binary-junk-2024.txt:1: neither UTF-8 nor GB18030: not valid GB18030 at byte 8, "
         "not valid UTF-8 at byte 1; name the encoding if it is another one");

    // Made at test time.
    const QString tooLarge = QStringLiteral(
        "the file is 2,147,483,648 bytes; Annals reads data files of at most %1");
    const QString dataLimit = QStringLiteral("67,108,864 bytes (64 MiB)");
    figures("@sparse-2g.json", "sparse-2g.json: " + tooLarge.arg(dataLimit));
    figures("@sparse-2g.csv", "sparse-2g.csv: " + tooLarge.arg(dataLimit));
    project("@sparse-2g.annals", "sparse-2g.annals: " + tooLarge.arg(dataLimit));
    const QString oneByteOver = QStringLiteral(
        "the file is 67,108,865 bytes; Annals reads data files of at most 67,108,864 bytes "
        "(64 MiB)");
    figures("@over-64m.json", "over-64m.json: " + oneByteOver);
    figures("@over-64m.csv", "over-64m.csv: " + oneByteOver);
    project("@over-64m.annals", "over-64m.annals: " + oneByteOver);
    // Projects holding what the figure readers refuse: saved here, bypassing the validator.
    project("@crafted-unknown-unit.annals",
            "crafted-unknown-unit.annals: dataset.series[0].unit: \"furlongs\" is not a unit "
            "Annals knows; expected e.g. \"billion yuan\", \"% of GDP\" or \"count\"");
    project("@crafted-3000-shown-keywords.annals",
            "crafted-3000-shown-keywords.annals: view.shownKeywords: 3004 entries; Annals "
            "opens projects with at most 100");
    project("@crafted-log-axis-1.5e308.annals",
            "crafted-log-axis-1.5e308.annals: dataset.series[0].observations[0].value: "
            "1.5e+308 is out of range; Annals reads values of at most 10^15 in magnitude");
    text("@sparse-2g.txt",
         "sparse-2g.txt: " + tooLarge.arg(QStringLiteral("268,435,456 bytes (256 MiB)")));
    figures("@folder.json", "folder.json: this is a folder; expected a file");
    figures("@folder.csv", "folder.csv: this is a folder; expected a file");
    const QString notAFile = QStringLiteral("this is a pipe, device or socket; expected a file");
    figures("@fifo.json", "fifo.json: " + notAFile);
    figures("@fifo.csv", "fifo.csv: " + notAFile);
    project("@fifo.annals", "fifo.annals: " + notAFile);
    text("@fifo.txt", "fifo.txt: " + notAFile);
    figures("@unreadable.csv", "unreadable.csv: the file cannot be read: Permission denied");
    figures("@proc-self-mem.json",
            "proc-self-mem.json: the file cannot be read: Input/output error");
    project("@proc-self-mem.annals",
            "proc-self-mem.annals: the file cannot be read: Input/output error");
}

void TestBadInput::badFileLeavesTheProjectAlone()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = prepare(file);
    if (file.startsWith(QLatin1String("@unreadable.")) && QFile(path).open(QIODevice::ReadOnly)) {
        // Root (CAP_DAC_OVERRIDE) reads a file whatever its mode, and tests run as root here
        // and in CI. The same message path (open/read fails, errorString() shown) is covered
        // by the proc-self-mem rows, whose read() fails for every user.
        QSKIP("chmod 000 does not stop this user from reading (root)");
    }
    QVERIFY2(QFileInfo::exists(path) || QFileInfo(path).isSymLink(), qPrintable(path));

    const Project before = m_document->project();
    const int undoSteps = m_document->undoStack()->count();
    const bool isText = file.endsWith(QLatin1String(".txt"));
    if (isText)
        QTest::ignoreMessage(QtWarningMsg, qPrintable(message));
    MessageBoxCatcher boxes;
    const bool started = m_window->imports()->openAnyFile(path);
    // Projects and report texts are read on a worker: their problem is told when it is back.
    QTRY_VERIFY(!m_document->isBusy());
    if (!isText && !file.endsWith(QLatin1String(".annals")))
        QVERIFY(!started);

    if (isText)
        QVERIFY2(boxes.texts().isEmpty(), qPrintable(boxes.texts().join('\n')));
    else
        QCOMPARE(boxes.texts(), QStringList{message});
    QVERIFY(m_document->project() == before);
    QCOMPARE(m_document->undoStack()->count(), undoSteps);
    QVERIFY(!m_document->isModified());
    QVERIFY(m_document->filePath().isEmpty());
}

void TestBadInput::goodFilesDoChangeTheProject_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("figures table") << QStringLiteral("../figures-csv/valid.csv");
    QTest::newRow("extract") << QStringLiteral("../../../resources/example-extract.json");
    QTest::newRow("project") << QStringLiteral("../project/v1-r2-golden.annals");
    QTest::newRow("report text") << QStringLiteral("../reports/test-2024-zh.txt");
}

void TestBadInput::goodFilesDoChangeTheProject()
{
    // The other half of the comparison above: a file that is fine does change the project,
    // without a message, so "unchanged" is not true by construction.
    QFETCH(QString, file);
    const Project before = m_document->project();
    MessageBoxCatcher boxes;
    QVERIFY(m_window->imports()->openAnyFile(prepare(file)));
    QTRY_VERIFY(!m_document->isBusy());
    QCOMPARE(boxes.texts(), QStringList());
    QVERIFY(!(m_document->project() == before));
}

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
