// SPDX-License-Identifier: GPL-3.0-or-later
#include "limitedchild.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <cstring>
#include <new>

#include <malloc.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define ANNALS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ANNALS_ASAN 1
#endif
#endif

namespace Annals::Test {

namespace {

qint64 virtualMemoryBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readLine().split(' ').value(0).toLongLong() * sysconf(_SC_PAGESIZE);
}

// A line of /proc/self/status in KiB, e.g. "VmHWM".
long statusKiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Starts VmHWM again from the current resident size (Linux 4.0 and later).
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 cpuMicros()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto micros = [](const timeval &t) { return qint64(t.tv_sec) * 1000000 + t.tv_usec; };
    return micros(usage.ru_utime) + micros(usage.ru_stime);
}

void applyLimits(const ChildLimits &limits)
{
    if (limits.cpuSeconds > 0) {
        const rlimit cpu{rlim_t(limits.cpuSeconds), rlim_t(limits.cpuSeconds + 1)};
        setrlimit(RLIMIT_CPU, &cpu);
        // A hang that spends no CPU ends too; late enough that a busy machine, which gives the
        // child a fraction of a core, still lets RLIMIT_CPU act first.
        alarm(unsigned(std::max(20L, limits.cpuSeconds * 6)));
    }
    if (limits.memoryMiB > 0 && !underAddressSanitizer()) {
        const rlim_t memory = rlim_t(virtualMemoryBytes() + limits.memoryMiB * 1024 * 1024);
        const rlimit address{memory, memory};
        setrlimit(RLIMIT_AS, &address);
    }
}

[[noreturn]] void runChild(int reportFd, const std::function<QString()> &work,
                           const ChildLimits &limits)
{
    applyLimits(limits);
#ifndef ANNALS_ASAN
    // Memory the parent freed but kept would otherwise serve the work without counting.
    malloc_trim(0);
#endif
    resetPeak();
    const long residentKiB = statusKiB("VmRSS");
    const qint64 cpuBefore = cpuMicros();
    QString message;
    try {
        message = work();
    } catch (const std::bad_alloc &) {
        message = QStringLiteral("std::bad_alloc");
    }
    const qint64 usedMs = (cpuMicros() - cpuBefore) / 1000;
    const QByteArray report = QByteArray::number(statusKiB("VmHWM") - residentKiB) + ' '
                              + QByteArray::number(usedMs) + '\n' + message.toUtf8();
    const bool written = write(reportFd, report.constData(), size_t(report.size()))
                         == report.size();
    _exit(written ? 0 : 1);
}

} // namespace

bool underAddressSanitizer()
{
#ifdef ANNALS_ASAN
    return true;
#else
    return false;
#endif
}

bool ChildReport::exitedCleanly() const
{
    return reported && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

QString ChildReport::describeStatus() const
{
    if (WIFSIGNALED(status))
        return QStringLiteral("killed by signal %1 (%2)")
            .arg(WTERMSIG(status))
            .arg(QString::fromLatin1(strsignal(WTERMSIG(status))));
    return QStringLiteral("exit status %1").arg(WEXITSTATUS(status));
}

ChildReport runInLimitedChild(const std::function<QString()> &work, const ChildLimits &limits)
{
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0)
        qFatal("pipe() failed");
    const pid_t child = fork();
    if (child < 0)
        qFatal("fork() failed");
    if (child == 0) {
        close(pipeEnds[0]);
        runChild(pipeEnds[1], work, limits);
    }
    close(pipeEnds[1]);
    QByteArray report;
    char buffer[4096];
    for (ssize_t n; (n = read(pipeEnds[0], buffer, sizeof buffer)) > 0;)
        report.append(buffer, n);
    close(pipeEnds[0]);
    ChildReport result;
    waitpid(child, &result.status, 0);
    const qsizetype newline = report.indexOf('\n');
    if (newline < 0)
        return result;
    result.reported = true;
    const QList<QByteArray> numbers = report.left(newline).split(' ');
    result.peakGrowthMiB = numbers.value(0).toLong() / 1024;
    result.cpuMs = numbers.value(1).toLong();
    result.message = QString::fromUtf8(report.mid(newline + 1));
    return result;
}

} // namespace Annals::Test
