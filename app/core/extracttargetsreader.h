#pragma once

#include "dataset.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Annals {

class JsonFieldReader;

/*!
 * \brief Reads the "targets" and "periods" sections of an extract (format 2), described in
 * resources/extract-format.md, and checks them with TargetChecks.
 *
 * Part of ExtractReader, kept apart so that the figures reader stays small.
 */
class ExtractTargetsReader
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ExtractTargetsReader)

public:
    /// Fills dataset's targetIndicators, targets and periods; problems go to \a json.
    static void read(JsonFieldReader &json, const QJsonObject &root, Dataset &dataset);
};

} // namespace Annals
