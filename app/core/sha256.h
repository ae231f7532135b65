#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace Annals {

/*!
 * \brief SHA-256 of a byte stream, computed by OpenSSL's libcrypto.
 *
 * Every counted report and every project payload records the hash of its bytes. libcrypto
 * uses the CPU's SHA instructions and ran 1.0–1.5 GB/s on the project's machines, where
 * QCryptographicHash manages about 0.1 GB/s (RECIPE.md §12); results are identical (the tests
 * compare them).
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /// The digest (32 bytes); the object is reset afterwards.
    QByteArray result();

    static QByteArray hash(QByteArrayView data);

private:
    evp_md_ctx_st *m_context;
};

} // namespace Annals
