#pragma once

#include <csignal>

#include <sys/resource.h>

namespace Annals {

/*!
 * A full disk for the current process, as long as this object lives: any write that would
 * make a file longer than \a bytes fails with EFBIG, the way a write fails with ENOSPC when
 * the disk is full (RLIMIT_FSIZE, with SIGXFSZ ignored so the process is not killed). Needs
 * no root and no mount, so it runs everywhere the suite runs.
 */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_active; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_active = false;
};

} // namespace Annals
