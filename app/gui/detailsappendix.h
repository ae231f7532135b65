#pragma once

#include <QCoreApplication>
#include <QString>

namespace Annals {

struct Project;

/// What the details panel shows below the figures of a year.
class DetailsAppendix
{
    Q_DECLARE_TR_FUNCTIONS(Annals::DetailsAppendix)

public:
    /// Annotations of \a year, keywords in context, then the dataset's notes and caveats.
    static QString html(const Project &project, int year);
    /// The dataset's description, caveats and keyword counting rule.
    static QString datasetNotes(const Project &project);
};

} // namespace Annals
