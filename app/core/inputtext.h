#pragma once

#include "inputlimits.h"

#include <QString>
#include <QStringView>

namespace Annals {

/// Text from an input file made safe to show in a message.
namespace InputText {

/*!
 * \a text with control characters written as escapes ("\n", "\t", "\u001B") so that a
 * message cannot move the terminal's cursor or clear it, and cut to \a maxLength characters
 * followed by "…" so that a message stays readable. Use it wherever an Error's message or
 * field quotes what the file holds.
 */
QString echoed(QStringView text, qsizetype maxLength = InputLimits::maxEchoedLength);

/// A byte count written out in full with thousands separators: "67,108,865 bytes".
QString bytes(qint64 count);
/// A limit in bytes, exact and, when it is a whole number of MiB, also in MiB:
/// "67,108,864 bytes (64 MiB)".
QString byteLimit(qint64 count);

} // namespace InputText

} // namespace Annals
