#pragma once

#include "dataset.h"
#include "result.h"

#include <QString>

namespace Annals {

/// Loads datasets: the one compiled into Annals, or a user's extract or figures CSV.
class DatasetLoader
{
public:
    /// Resource paths of the embedded dataset (figures, keyword counts).
    static QString embeddedExtractPath() { return QStringLiteral(":/data/china-st-extract.json"); }
    static QString embeddedKeywordCountsPath()
    {
        return QStringLiteral(":/data/keyword-counts.json");
    }

    /// China's S&T budgets, R&D figures and Government Work Report keyword counts.
    static Result<Dataset> loadEmbedded();
    static Result<Dataset> loadExtract(const QString &path);
    static Result<Dataset> loadFiguresCsv(const QString &path);
};

} // namespace Annals
