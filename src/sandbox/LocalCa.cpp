#include "sandbox/LocalCa.h"

#include "core/crypto/Ossl.h"
#include "core/util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

namespace dwb::sandbox {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("LocalCa", text); }

QString opensslErrors()
{
    QString out;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        if (!out.isEmpty())
            out += u"; ";
        out += QString::fromLatin1(buf);
    }
    return out;
}

Error cryptoError(const QString &what)
{
    return Error(ErrorCode::Crypto, tr("Could not create the sandbox's local CA."),
                 what + u": " + opensslErrors());
}

ossl::Pkey generateP256()
{
    return ossl::Pkey(EVP_EC_gen("P-256"));
}

QByteArray keyToPem(EVP_PKEY *key)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, len);
}

QByteArray certToPem(X509 *cert)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, len);
}

bool addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ossl::X509ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool randomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // positive
    bytes[0] |= 0x01; // never zero, never shorter than 16 bytes
    ossl::BignumPtr bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

// A v3 certificate for `key`, signed by issuerKey (issuerCert null = self-signed).
// notBefore/notAfter: seconds from now (notAfter < 0 with days == 0: an expired certificate).
Result<ossl::X509Ptr> makeCert(EVP_PKEY *key, const char *cn, int days, X509 *issuerCert,
                              EVP_PKEY *issuerKey, bool ca, const char *san = "DNS:localhost,IP:127.0.0.1",
                              long notBefore = -300, long notAfter = 0)
{
    ossl::X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !randomSerial(cert.get()))
        return cryptoError(QStringLiteral("X509_new"));
    ossl::X509NamePtr name(X509_NAME_new());
    X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_set_subject_name(cert.get(), name.get());
    X509_set_issuer_name(cert.get(),
                         issuerCert ? X509_get_subject_name(issuerCert) : name.get());
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), notBefore);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), notAfter != 0 ? notAfter : long(days) * 24 * 3600);
    if (X509_set_pubkey(cert.get(), key) != 1)
        return cryptoError(QStringLiteral("X509_set_pubkey"));
    X509 *issuer = issuerCert ? issuerCert : cert.get();
    bool ok = addExt(cert.get(), issuer, NID_subject_key_identifier, "hash");
    if (ca) {
        ok = ok && addExt(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE")
             && addExt(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExt(cert.get(), issuer, NID_authority_key_identifier, "keyid:always")
             && addExt(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE")
             && addExt(cert.get(), issuer, NID_key_usage, "critical,digitalSignature")
             && addExt(cert.get(), issuer, NID_ext_key_usage, "serverAuth")
             && addExt(cert.get(), issuer, NID_subject_alt_name, san);
    }
    if (!ok)
        return cryptoError(QStringLiteral("X509 extensions"));
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return cryptoError(QStringLiteral("X509_sign"));
    return cert;
}

Result<ossl::Pkey> readKey(const QString &path)
{
    auto data = readWholeFile(path, 1024 * 1024);
    if (!data)
        return data.error();
    ossl::Bio bio(BIO_new_mem_buf(data->constData(), int(data->size())));
    ossl::Pkey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return Error(ErrorCode::UnknownFormat, tr("The sandbox's key file %1 cannot be read.").arg(path),
                     opensslErrors());
    return key;
}

Result<ossl::X509Ptr> readCert(const QString &path)
{
    auto data = readWholeFile(path, 1024 * 1024);
    if (!data)
        return data.error();
    ossl::Bio bio(BIO_new_mem_buf(data->constData(), int(data->size())));
    ossl::X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return Error(ErrorCode::UnknownFormat,
                     tr("The sandbox's certificate file %1 cannot be read.").arg(path), opensslErrors());
    return cert;
}

Status writePair(const QString &keyPath, EVP_PKEY *key, const QString &certPath, X509 *cert)
{
    const QByteArray keyPem = keyToPem(key);
    if (keyPem.isEmpty())
        return cryptoError(QStringLiteral("PEM_write_bio_PrivateKey"));
    Status st = writeFileAtomically(keyPath, keyPem, FileMode::Secret, Overwrite::Allow);
    if (!st)
        return st;
    return writeFileAtomically(certPath, certToPem(cert), FileMode::Public, Overwrite::Allow);
}

} // namespace

LocalCaFiles LocalCaFiles::in(const QString &dataDir)
{
    const QDir dir(QDir(dataDir).absoluteFilePath(QStringLiteral("tls")));
    return LocalCaFiles{dir.absolutePath(), dir.absoluteFilePath(QStringLiteral("ca.pem")),
                        dir.absoluteFilePath(QStringLiteral("ca.key")),
                        dir.absoluteFilePath(QStringLiteral("server.pem")),
                        dir.absoluteFilePath(QStringLiteral("server.key"))};
}

Result<LocalCaFiles> ensureLocalCa(const QString &dataDir)
{
    const LocalCaFiles f = LocalCaFiles::in(dataDir);
    if (!QDir().mkpath(f.dir))
        return Error(ErrorCode::Io, tr("Cannot create the folder %1.").arg(f.dir));
    QFile::setPermissions(f.dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    ossl::Pkey caKey;
    ossl::X509Ptr caCert;
    bool newCa = false;
    if (QFile::exists(f.caKey) && QFile::exists(f.caCert)) {
        auto k = readKey(f.caKey);
        if (!k)
            return k.error();
        auto c = readCert(f.caCert);
        if (!c)
            return c.error();
        caKey = std::move(*k);
        caCert = std::move(*c);
        if (X509_check_private_key(caCert.get(), caKey.get()) != 1)
            return Error(ErrorCode::Mismatch,
                         tr("The sandbox's CA key %1 does not belong to %2.").arg(f.caKey, f.caCert),
                         opensslErrors());
    } else {
        caKey = generateP256();
        if (!caKey)
            return cryptoError(QStringLiteral("EVP_EC_gen"));
        auto c = makeCert(caKey.get(), "Drogue Sandbox Local CA", 3650, nullptr, caKey.get(), true);
        if (!c)
            return c.error();
        caCert = std::move(*c);
        if (Status st = writePair(f.caKey, caKey.get(), f.caCert, caCert.get()); !st)
            return st.error();
        newCa = true;
    }

    if (!newCa && QFile::exists(f.serverKey) && QFile::exists(f.serverCert)) {
        auto k = readKey(f.serverKey);
        if (!k)
            return k.error();
        auto c = readCert(f.serverCert);
        if (!c)
            return c.error();
        if (X509_check_private_key(c->get(), k->get()) == 1)
            return f;
        // a broken pair: issue a new one below
    }
    ossl::Pkey serverKey = generateP256();
    if (!serverKey)
        return cryptoError(QStringLiteral("EVP_EC_gen"));
    auto serverCert = makeCert(serverKey.get(), "localhost", 825, caCert.get(), caKey.get(), false);
    if (!serverCert)
        return serverCert.error();
    if (Status st = writePair(f.serverKey, serverKey.get(), f.serverCert, serverCert->get()); !st)
        return st.error();
    return f;
}

Result<PemPair> makeFaultyServerCert(const LocalCaFiles &files, FaultyCert kind)
{
    auto caKey = readKey(files.caKey);
    if (!caKey)
        return caKey.error();
    auto caCert = readCert(files.caCert);
    if (!caCert)
        return caCert.error();
    ossl::Pkey key = generateP256();
    if (!key)
        return cryptoError(QStringLiteral("EVP_EC_gen"));
    constexpr long kDay = 24 * 3600;
    auto cert = kind == FaultyCert::Expired
                    // valid for 30 days until yesterday, for the right names
                    ? makeCert(key.get(), "localhost", 0, caCert->get(), caKey->get(), false,
                               "DNS:localhost,IP:127.0.0.1", -31 * kDay, -kDay)
                    // valid now, for another host only
                    : makeCert(key.get(), "wrong-host.invalid", 30, caCert->get(), caKey->get(), false,
                               "DNS:wrong-host.invalid");
    if (!cert)
        return cert.error();
    return PemPair{certToPem(cert->get()), keyToPem(key.get())};
}

} // namespace dwb::sandbox
