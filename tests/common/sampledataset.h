#pragma once

#include "dataset.h"

namespace Annals {

/// A small dataset with the shapes tests need: two vintages, a discrepant duplicate, a
/// growth-only row, gap years and two keyword reports. Figures taken from shared/data.
class SampleDataset
{
public:
    static Dataset make();
};

} // namespace Annals
