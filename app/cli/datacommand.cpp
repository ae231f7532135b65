#include "datacommand.h"

#include "commandline.h"
#include "datasetcsv.h"
#include "datasetloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Annals::Cli {

namespace {

// The command as a class, so that its messages have their own translation context.
class DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(Annals::Cli::DataCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace

int runDataCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return DataCommand::run(arguments, out, err);
}

int DataCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the dataset (default: the embedded one) as long CSV: the figures, then a "
           "blank line, then the keyword counts."));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       tr("Load figures from a long CSV file instead."),
                                       tr("FILE"));
    const QCommandLineOption extractOption(QStringLiteral("extract"),
                                           tr("Load figures from an extract (JSON) instead."),
                                           tr("FILE"));
    const QCommandLineOption figuresOnly(QStringLiteral("figures-only"),
                                         tr("Print only the figures."));
    const QCommandLineOption keywordsOnly(QStringLiteral("keywords-only"),
                                          tr("Print only the keyword counts."));
    parser.addOptions({csvOption, extractOption, figuresOnly, keywordsOnly});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("annals data")} + arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, QStringLiteral("annals data"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("annals data: unexpected argument \"%1\"")
                   .arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }

    Result<Dataset> dataset = parser.isSet(csvOption)
                                  ? DatasetLoader::loadFiguresCsv(parser.value(csvOption))
                              : parser.isSet(extractOption)
                                  ? DatasetLoader::loadExtract(parser.value(extractOption))
                                  : DatasetLoader::loadEmbedded();
    if (!dataset) {
        err << tr("annals data: %1").arg(dataset.error().toString()) << '\n';
        return 1;
    }
    if (!parser.isSet(keywordsOnly))
        out << DatasetCsv::figures(dataset.value());
    if (!parser.isSet(figuresOnly) && !parser.isSet(keywordsOnly))
        out << '\n';
    if (!parser.isSet(figuresOnly))
        out << DatasetCsv::keywordCounts(dataset.value());
    return 0;
}

} // namespace Annals::Cli
