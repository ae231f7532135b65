#pragma once

#include "annotation.h"
#include "dataset.h"
#include "reporttextref.h"
#include "viewstate.h"

#include <QList>

namespace Annals {

/// Everything an analysis consists of: the data, the report texts, notes and how it is viewed.
struct Project
{
    Dataset dataset; ///< a self-contained copy: figures, sources, vocabulary and counts
    QList<ReportTextRef> texts;
    QList<Annotation> annotations;
    ViewState view;

    bool operator==(const Project &other) const = default;
};

} // namespace Annals
