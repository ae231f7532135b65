// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace Annals::Test {

/// Limits for a child process; 0 = no limit of that kind.
struct ChildLimits
{
    long memoryMiB = 0;  ///< address space beyond what the child holds at fork() (RLIMIT_AS)
    long cpuSeconds = 0; ///< CPU time (RLIMIT_CPU); also arms a wall-clock alarm at 6× (≥ 20 s)
};

/// What a child process reported, or how it ended when it could not report.
struct ChildReport
{
    int status = 0;         ///< from waitpid()
    bool reported = false;  ///< the child wrote its report: it ran to the end
    QString message;        ///< what the work returned
    long peakGrowthMiB = 0; ///< growth of the peak resident size during the work
    long cpuMs = 0;         ///< user and system CPU time spent in the work

    bool exitedCleanly() const;
    /// "exit status 0", "killed by signal 24 (CPU time limit exceeded)", …
    QString describeStatus() const;
};

/*!
 * Runs \a work in a forked child under \a limits and measures it there: peak resident growth
 * (VmHWM, reset before the work; getrusage()'s ru_maxrss may carry the parent's peak) and CPU
 * time. A crash or a limit ends only the child, so a test can assert on how it ended. Under
 * AddressSanitizer no memory limit is set (it reserves terabytes of address space up front).
 * The one way tests measure memory and CPU of a piece of work (tst_hostileprojects,
 * tst_projectserializer).
 */
ChildReport runInLimitedChild(const std::function<QString()> &work, const ChildLimits &limits);

/// True in a build with AddressSanitizer, where memory limits cannot be set.
bool underAddressSanitizer();

} // namespace Annals::Test
