#include "validatecommand.h"

#include "datafile.h"
#include "extractreader.h"
#include "figurescsvreader.h"
#include "inputtext.h"
#include "jsonfieldreader.h"
#include "keywordcountsjson.h"
#include "projectserializer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Annals::Cli {

namespace {

// The command as a class, so that its messages have their own translation context.
class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Cli::ValidateCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

int observationCount(const Dataset &dataset)
{
    int count = 0;
    for (const Series &series : dataset.series)
        count += int(series.observations.size());
    return count;
}

QString describeFigures(const Dataset &dataset)
{
    return ValidateCommand::tr("%1 series, %2 observations, %3 sources")
        .arg(dataset.series.size())
        .arg(observationCount(dataset))
        .arg(dataset.sources.size());
}

// What the file is, judged by its name and, for JSON, its "format" field; the summary of its
// contents, or the first problem.
Result<QString> validate(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("annals")) {
        const Result<Project> project = ProjectSerializer::readFile(path);
        if (!project)
            return project.error();
        return ValidateCommand::tr("project: %1, %2 annotations, %3 report texts")
            .arg(describeFigures(project.value().dataset))
            .arg(project.value().annotations.size())
            .arg(project.value().texts.size());
    }
    if (suffix == QLatin1String("csv")) {
        const Result<Dataset> figures = FiguresCsvReader::readFile(path);
        if (!figures)
            return figures.error();
        return ValidateCommand::tr("figures table: %1").arg(describeFigures(figures.value()));
    }
    const Result<QByteArray> bytes = readDataFile(path);
    if (!bytes)
        return bytes.error();
    // The kind is the top-level "format" field, never a guess from the text: an extract may
    // well mention "annals-keyword-counts" in a note.
    if (Result<QString> text = decodeUtf8(bytes.value(), path); !text)
        return text.error();
    const Result<QJsonObject> root = JsonFieldReader::parseObject(bytes.value(), path);
    if (!root)
        return root.error();
    const QJsonValue format = root.value().value(QStringLiteral("format"));
    if (format.toString() == QLatin1String(KeywordCountsJson::formatName)) {
        const Result<KeywordCounts> counts = KeywordCountsJson::read(bytes.value(), path);
        if (!counts)
            return counts.error();
        return ValidateCommand::tr("keyword counts: %1 keywords in %2 reports")
            .arg(counts.value().vocabulary.size())
            .arg(counts.value().documents.size());
    }
    // A missing or mistyped "format" is the extract reader's to report.
    if (format.isString() && format.toString() != ExtractReader::formatName()) {
        return Error::atField(path, QStringLiteral("format"),
                              ValidateCommand::tr(
                                  "\"%1\" is not a format Annals reads; expected \"%2\" or \"%3\"")
                                  .arg(InputText::echoed(format.toString()),
                                       ExtractReader::formatName(),
                                       QLatin1String(KeywordCountsJson::formatName)));
    }
    const Result<Dataset> extract = ExtractReader::parse(bytes.value(), path);
    if (!extract)
        return extract.error();
    return ValidateCommand::tr("extract: %1").arg(describeFigures(extract.value()));
}

} // namespace

int runValidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return ValidateCommand::run(arguments, out, err);
}

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString usageText
        = tr("Usage: annals validate FILE...\n"
             "Checks extracts (.json), figure tables (.csv), keyword counts (.json) and "
             "projects (.annals);\nprints what each holds, or where it is wrong.\n");
    // Options end at "--"; after it, a name that starts with '-' is a file.
    const qsizetype optionsEnd = arguments.indexOf(QStringLiteral("--"));
    const QStringList options = optionsEnd < 0 ? arguments : arguments.first(optionsEnd);
    if (options.contains(QStringLiteral("--help")) || options.contains(QStringLiteral("-h"))) {
        out << usageText;
        return 0;
    }
    for (const QString &option : options) {
        if (option.startsWith(QLatin1Char('-')) && option.size() > 1) {
            err << tr("annals validate: unknown option \"%1\"").arg(option) << '\n'
                << usageText;
            return 2;
        }
    }
    QStringList paths = arguments;
    if (optionsEnd >= 0)
        paths.removeAt(optionsEnd);
    if (paths.isEmpty()) {
        err << usageText;
        return 2;
    }
    int status = 0;
    for (const QString &path : std::as_const(paths)) {
        const Result<QString> result = validate(path);
        if (result) {
            out << QFileInfo(path).fileName() << ": " << tr("valid %1").arg(result.value())
                << '\n';
        } else {
            err << result.error().toString() << '\n';
            status = 1;
        }
    }
    return status;
}

} // namespace Annals::Cli
