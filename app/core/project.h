#pragma once

#include "dataset.h"
#include "viewstate.h"

namespace Annals {

/// Everything an analysis consists of: the data and how it is viewed.
struct Project
{
    Dataset dataset;
    ViewState view;

    bool operator==(const Project &other) const = default;
};

} // namespace Annals
