#pragma once

#include "project.h"

namespace Annals {

/*!
 * \brief Large projects for the crash tests: the embedded dataset plus generated report texts
 * embedded in the project, about 24 MB on disk.
 *
 * The same \a variant always gives the same project, in the test and in its helper process;
 * two variants differ in every text, so a file mixed from both cannot pass for either.
 */
class LargeProject
{
public:
    static Project make(int variant);
};

} // namespace Annals
