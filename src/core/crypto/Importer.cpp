#include "core/crypto/Importer.h"

#include "core/crypto/KdfCost.h"
#include "core/crypto/Ossl.h"
#include "core/crypto/PrivateKeyDer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>

#include <openssl/x509.h>

#include <cstdint>
#include <cstring>
#include <memory>

namespace dwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

// The passphrase callback: never prompts; records that a passphrase was wanted.
struct PassState {
    const SecretBytes *passphrase = nullptr;
    bool asked = false;
};

int passCallback(char *buf, int size, int /*rwflag*/, void *u)
{
    auto *state = static_cast<PassState *>(u);
    state->asked = true;
    if (!state->passphrase || state->passphrase->isEmpty())
        return -1;
    const int len = static_cast<int>(state->passphrase->size());
    if (len > size)
        return -1;
    std::memcpy(buf, state->passphrase->constData(), static_cast<size_t>(len));
    return len;
}

Error needsPassphrase(const QString &what)
{
    return Error(ErrorCode::NeedsPassphrase, tr("%1 is encrypted: a passphrase is needed.").arg(what));
}

Error wrongPassphrase(const QString &what, const QString &detail = {})
{
    return Error(ErrorCode::WrongPassphrase,
                 tr("The passphrase does not open %1.").arg(what), detail);
}

// Decryption or MAC check failed: a wrong passphrase, unless OpenSSL's error
// queue says the algorithm is not available in this build (RC2 and DES without
// the legacy provider). `algorithms`: what the file says it is protected with.
// `what` in a sentence ("the private key") and at its start ("The private key").
Error openFailure(const QString &what, const QString &What, const ossl::ErrorQueue &q,
                  const QStringList &algorithms = {})
{
    if (!q.unsupported)
        return wrongPassphrase(what, q.text);
    QString names = q.algorithm.isEmpty() ? algorithms.join(QStringLiteral(", ")) : q.algorithm;
    if (!q.algorithm.isEmpty() && !algorithms.isEmpty())
        names = tr("%1 (the file uses %2)").arg(q.algorithm, algorithms.join(QStringLiteral(", ")));
    QString message = names.isEmpty()
        ? tr("%1 is protected with an algorithm that this build of OpenSSL cannot use.").arg(What)
        : tr("%1 is protected with an algorithm that this build of OpenSSL cannot use: %2.").arg(What, names);
    const ossl::LegacyProvider &legacy = ossl::loadLegacyProvider();
    QString detail = q.text;
    if (!legacy.loaded) {
        message += u' ' + tr("OpenSSL's legacy provider, which has the older algorithms (RC2, DES), could not be "
                             "loaded: install the Debian package libssl3 (ossl-modules/legacy.so).");
        detail += QStringLiteral("; legacy provider: ") + legacy.error;
    }
    return Error(ErrorCode::Crypto, message, detail);
}

QString algorithmName(const ASN1_OBJECT *obj)
{
    char buf[128];
    OBJ_obj2txt(buf, sizeof buf, obj, 0);
    return QString::fromLatin1(buf);
}

// The encryption algorithms a PKCS#12 file names without being decrypted:
// its encrypted containers and the shrouded key bags of its plain ones.
QStringList pkcs12Algorithms(PKCS12 *p12)
{
    ERR_set_mark(); // leaves the caller's error queue as it is
    QStringList names;
    auto add = [&names](const X509_ALGOR *alg) {
        if (alg && alg->algorithm && !names.contains(algorithmName(alg->algorithm)))
            names << algorithmName(alg->algorithm);
    };
    STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(p12);
    for (int i = 0; safes && i < sk_PKCS7_num(safes); ++i) {
        PKCS7 *p7 = sk_PKCS7_value(safes, i);
        const int nid = OBJ_obj2nid(p7->type);
        if (nid == NID_pkcs7_encrypted && p7->d.encrypted && p7->d.encrypted->enc_data) {
            add(p7->d.encrypted->enc_data->algorithm);
        } else if (nid == NID_pkcs7_data) {
            STACK_OF(PKCS12_SAFEBAG) *bags = PKCS12_unpack_p7data(p7);
            for (int b = 0; bags && b < sk_PKCS12_SAFEBAG_num(bags); ++b) {
                const X509_SIG *sig = PKCS12_SAFEBAG_get0_pkcs8(sk_PKCS12_SAFEBAG_value(bags, b));
                const X509_ALGOR *alg = nullptr;
                if (sig)
                    X509_SIG_get0(sig, &alg, nullptr);
                add(alg);
            }
            sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
        }
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    ERR_pop_to_mark();
    return names;
}

ImportedItem certItem(X509 *x, const QString &format)
{
    ImportedItem item;
    item.kind = ImportedItem::Kind::Certificate;
    item.certificate = Certificate(x);
    item.format = format;
    int len = 0;
    if (const unsigned char *alias = X509_alias_get0(x, &len); alias && len > 0)
        item.label = QString::fromUtf8(reinterpret_cast<const char *>(alias), len);
    return item;
}

ImportedItem keyItem(EVP_PKEY *pkey, const QString &format, bool isPublic = false)
{
    ImportedItem item;
    item.kind = isPublic ? ImportedItem::Kind::PublicKey : ImportedItem::Kind::PrivateKey;
    item.key = PrivateKey(pkey);
    item.format = format;
    return item;
}

void addPkcs7Certs(PKCS7 *p7, const QString &format, QList<ImportedItem> *items)
{
    STACK_OF(X509) *certs = nullptr;
    const int type = OBJ_obj2nid(p7->type);
    if (type == NID_pkcs7_signed && p7->d.sign)
        certs = p7->d.sign->cert;
    else if (type == NID_pkcs7_signedAndEnveloped && p7->d.signed_and_enveloped)
        certs = p7->d.signed_and_enveloped->cert;
    for (int i = 0; certs && i < sk_X509_num(certs); ++i) {
        X509 *x = sk_X509_value(certs, i);
        X509_up_ref(x);
        items->append(certItem(x, format));
    }
}

// ---------------------------------------------------------------- PEM

struct PemBlock {
    QByteArray label;
    QByteArray text; // BEGIN .. END, normalised to \n line endings
};

Result<QList<PemBlock>> splitPem(const QByteArray &raw)
{
    QByteArray data = raw;
    data.replace("\r\n", "\n");
    data.replace('\r', '\n');
    QList<PemBlock> blocks;
    qsizetype pos = 0;
    while (true) {
        const qsizetype begin = data.indexOf("-----BEGIN ", pos);
        if (begin < 0)
            break;
        const qsizetype labelStart = begin + 11;
        const qsizetype labelEnd = data.indexOf("-----", labelStart);
        const qsizetype eol = data.indexOf('\n', labelStart);
        if (labelEnd < 0 || (eol >= 0 && labelEnd > eol))
            return Error(ErrorCode::Truncated, tr("A PEM block starts but its header line is cut short."));
        const QByteArray label = data.mid(labelStart, labelEnd - labelStart);
        const QByteArray endMarker = "-----END " + label + "-----";
        const qsizetype end = data.indexOf(endMarker, labelEnd);
        if (end < 0)
            return Error(ErrorCode::Truncated,
                         tr("The PEM block \"%1\" has no END line: the file is cut short.")
                             .arg(QString::fromLatin1(label)));
        blocks.append({label, data.mid(begin, end + endMarker.size() - begin) + '\n'});
        pos = end + endMarker.size();
    }
    return blocks;
}

using Pkcs8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, ossl::Deleter<PKCS8_PRIV_KEY_INFO_free>>;

// An EncryptedPrivateKeyInfo (PKCS#8) decrypted, after its key derivation's
// cost is checked: an error only for that cost; a wrong passphrase leaves
// *p8 null with OpenSSL's error queue.
Status decryptPkcs8(const X509_SIG *sig, const SecretBytes &passphrase, Pkcs8Ptr *p8)
{
    const X509_ALGOR *alg = nullptr;
    X509_SIG_get0(sig, &alg, nullptr);
    if (Status st = checkPbeCost(alg, tr("The private key")); !st)
        return st;
    p8->reset(PKCS8_decrypt(sig, passphrase.constData(), static_cast<int>(passphrase.size())));
    return {};
}

QString pemKeyFormat(const QByteArray &label, bool encrypted)
{
    if (label == "PRIVATE KEY")
        return QStringLiteral("PKCS#8 (PEM)");
    if (label == "ENCRYPTED PRIVATE KEY")
        return QStringLiteral("PKCS#8 encrypted (PEM)");
    return (label == "RSA PRIVATE KEY" ? QStringLiteral("traditional RSA (PEM)") : QStringLiteral("traditional EC (PEM)"))
           + (encrypted ? QStringLiteral(", encrypted") : QString());
}

// The key of a PEM private-key block, read as PEM_read_bio_PrivateKey reads
// these labels but without its decoder set-up over every key type: the
// base64 decoded (and decrypted when a Proc-Type header says so) by
// PEM_bytes_read_bio, then decoded for the form the label names
// (keyder::decode). An error only for a key derivation too costly; otherwise
// *key is null when there is none, OpenSSL's error queue saying why.
Status pemPrivateKey(BIO *bio, const QByteArray &label, const SecretBytes &passphrase, PassState *state,
                     ossl::Pkey *key)
{
    unsigned char *data = nullptr;
    long len = 0;
    char *name = nullptr;
    if (PEM_bytes_read_bio_secmem(&data, &len, &name, label.constData(), bio, passCallback, state) != 1)
        return {};
    OPENSSL_secure_free(name);
    const QByteArray der = QByteArray::fromRawData(reinterpret_cast<const char *>(data), len);
    Status st;
    if (label == "ENCRYPTED PRIVATE KEY") {
        const auto *p = reinterpret_cast<const unsigned char *>(data);
        std::unique_ptr<X509_SIG, ossl::Deleter<X509_SIG_free>> sig(d2i_X509_SIG(nullptr, &p, len));
        Pkcs8Ptr p8;
        if (!sig) {
            // A plain PKCS#8 under this label: OpenSSL reads it too, and its
            // failure then says nothing of an algorithm this build lacks.
            ERR_set_mark();
            key->reset(keyder::decode(der, keyder::Expect::Pkcs8));
            ERR_pop_to_mark();
        } else if ((st = decryptPkcs8(sig.get(), passphrase, &p8)) && p8) {
            key->reset(keyder::fromPkcs8(p8.get()));
        }
    } else {
        const keyder::Expect expect = label == "RSA PRIVATE KEY" ? keyder::Expect::Rsa
                                      : label == "EC PRIVATE KEY" ? keyder::Expect::Ec
                                                                  : keyder::Expect::Pkcs8;
        key->reset(keyder::decode(der, expect));
    }
    OPENSSL_secure_clear_free(data, size_t(len));
    return st;
}

Status importPemBlock(const PemBlock &block, const SecretBytes &passphrase, QList<ImportedItem> *items)
{
    ossl::Bio bio(BIO_new_mem_buf(block.text.constData(), static_cast<int>(block.text.size())));
    const QString label = QString::fromLatin1(block.label);
    auto corrupt = [&]() {
        return Error(ErrorCode::Truncated,
                     tr("The PEM block \"%1\" is damaged or cut short.").arg(label), ossl::takeErrors());
    };
    if (block.label == "CERTIFICATE" || block.label == "X509 CERTIFICATE") {
        X509 *x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
        if (!x)
            return corrupt();
        items->append(certItem(x, QStringLiteral("PEM certificate")));
        return {};
    }
    if (block.label == "TRUSTED CERTIFICATE") {
        X509 *x = PEM_read_bio_X509_AUX(bio.get(), nullptr, nullptr, nullptr);
        if (!x)
            return corrupt();
        items->append(certItem(x, QStringLiteral("PEM trusted certificate")));
        return {};
    }
    if (block.label == "PKCS7" || block.label == "CERTIFICATE CHAIN") {
        ossl::Pkcs7Ptr p7(PEM_read_bio_PKCS7(bio.get(), nullptr, nullptr, nullptr));
        if (!p7)
            return corrupt();
        addPkcs7Certs(p7.get(), QStringLiteral("PKCS#7 (PEM)"), items);
        return {};
    }
    if (block.label == "PUBLIC KEY") {
        EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
        if (!pkey)
            return corrupt();
        items->append(keyItem(pkey, QStringLiteral("PEM public key"), true));
        return {};
    }
    if (block.label == "PRIVATE KEY" || block.label == "ENCRYPTED PRIVATE KEY"
        || block.label == "RSA PRIVATE KEY" || block.label == "EC PRIVATE KEY") {
        const bool encrypted = block.label == "ENCRYPTED PRIVATE KEY" || block.text.contains("Proc-Type: 4,ENCRYPTED");
        if (encrypted && passphrase.isEmpty())
            return needsPassphrase(tr("The private key"));
        PassState state{&passphrase, false};
        ossl::Pkey pkey;
        if (Status st = pemPrivateKey(bio.get(), block.label, passphrase, &state, &pkey); !st)
            return st;
        if (!pkey) {
            if (encrypted || state.asked) {
                if (passphrase.isEmpty()) {
                    ERR_clear_error();
                    return needsPassphrase(tr("The private key"));
                }
                return openFailure(tr("the private key"), tr("The private key"), ossl::takeErrorQueue());
            }
            return corrupt();
        }
        items->append(keyItem(pkey.release(), pemKeyFormat(block.label, encrypted)));
        return {};
    }
    if (block.label == "CERTIFICATE REQUEST" || block.label == "NEW CERTIFICATE REQUEST") {
        auto request = CertificateRequest::fromData(block.text);
        if (!request)
            return request.error();
        ImportedItem item;
        item.kind = ImportedItem::Kind::Request;
        item.request = *request;
        item.format = QStringLiteral("PKCS#10 request (PEM)");
        items->append(item);
        return {};
    }
    // Other blocks (parameters, ...) are not ours: skipped.
    return {};
}

// ---------------------------------------------------------------- DER

// True when the data starts like a DER SEQUENCE whose length runs past its end.
bool derTruncated(const QByteArray &data)
{
    if (data.size() < 2 || static_cast<unsigned char>(data.at(0)) != 0x30)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    long len = 0;
    int tag = 0, cls = 0;
    const int ret = ASN1_get_object(&p, &len, &tag, &cls, data.size());
    ERR_clear_error();
    if (ret & 0x80)
        return tag == V_ASN1_SEQUENCE;
    return false;
}

template <typename T, typename F>
T *d2iWhole(const QByteArray &data, F fn)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    T *obj = fn(nullptr, &p, static_cast<long>(data.size()));
    if (!obj)
        ERR_clear_error();
    return obj;
}

Result<QList<ImportedItem>> importPkcs12(PKCS12 *p12, const SecretBytes &passphrase)
{
    const QString what = tr("the PKCS#12 file");
    QByteArray pass = passphrase.bytes();
    if (Status st = checkPkcs12Cost(p12, pass, tr("The PKCS#12 file")); !st)
        return st.error();
    if (PKCS12_mac_present(p12)) {
        bool ok = false;
        if (pass.isEmpty()) {
            // Files without a passphrase use an empty or absent one.
            if (PKCS12_verify_mac(p12, "", 0) == 1)
                ok = true;
            else if (PKCS12_verify_mac(p12, nullptr, 0) == 1)
                ok = true;
            const ossl::ErrorQueue q = ossl::takeErrorQueue();
            if (!ok)
                return q.unsupported ? openFailure(what, tr("The PKCS#12 file"), q, pkcs12Algorithms(p12))
                                     : needsPassphrase(tr("The PKCS#12 file"));
        } else if (PKCS12_verify_mac(p12, pass.constData(), static_cast<int>(pass.size())) != 1) {
            // A wrong passphrase, or a MAC digest this build cannot use.
            return openFailure(what, tr("The PKCS#12 file"), ossl::takeErrorQueue(), pkcs12Algorithms(p12));
        }
    }
    EVP_PKEY *pkey = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    if (PKCS12_parse(p12, pass.isEmpty() ? "" : pass.constData(), &pkey, &cert, &ca) != 1) {
        // RC2 or DES without the legacy provider fails here, after a MAC that checked out.
        const ossl::ErrorQueue q = ossl::takeErrorQueue();
        if (pass.isEmpty() && !q.unsupported)
            return needsPassphrase(tr("The PKCS#12 file"));
        return openFailure(what, tr("The PKCS#12 file"), q, pkcs12Algorithms(p12));
    }
    ossl::X509Stack caOwner(ca);
    QList<ImportedItem> items;
    const QString format = QStringLiteral("PKCS#12");
    if (pkey)
        items.append(keyItem(pkey, format));
    if (cert)
        items.append(certItem(cert, format));
    for (int i = 0; ca && i < sk_X509_num(ca); ++i) {
        X509 *x = sk_X509_value(ca, i);
        X509_up_ref(x);
        items.append(certItem(x, format));
    }
    return items;
}

Result<ImportBundle> importDer(const QByteArray &data, const SecretBytes &passphrase)
{
    ImportBundle bundle;
    bundle.container = QStringLiteral("DER");
    if (X509 *x = d2iWhole<X509>(data, d2i_X509)) {
        bundle.items.append(certItem(x, QStringLiteral("DER certificate")));
        return bundle;
    }
    if (X509_REQ *req = d2iWhole<X509_REQ>(data, d2i_X509_REQ)) {
        ImportedItem item;
        item.kind = ImportedItem::Kind::Request;
        item.request = CertificateRequest(req);
        item.format = QStringLiteral("PKCS#10 request (DER)");
        bundle.items.append(item);
        return bundle;
    }
    if (PKCS12 *raw = d2iWhole<PKCS12>(data, d2i_PKCS12)) {
        ossl::Pkcs12Ptr p12(raw);
        auto items = importPkcs12(p12.get(), passphrase);
        if (!items)
            return items.error();
        bundle.container = QStringLiteral("PKCS#12");
        bundle.items = *items;
        return bundle;
    }
    if (PKCS7 *raw = d2iWhole<PKCS7>(data, d2i_PKCS7)) {
        ossl::Pkcs7Ptr p7(raw);
        bundle.container = QStringLiteral("PKCS#7");
        addPkcs7Certs(p7.get(), QStringLiteral("PKCS#7 (DER)"), &bundle.items);
        return bundle;
    }
    if (X509_SIG *raw = d2iWhole<X509_SIG>(data, d2i_X509_SIG)) {
        std::unique_ptr<X509_SIG, ossl::Deleter<X509_SIG_free>> sig(raw);
        if (passphrase.isEmpty())
            return needsPassphrase(tr("The private key"));
        Pkcs8Ptr p8;
        if (Status st = decryptPkcs8(sig.get(), passphrase, &p8); !st)
            return st.error();
        if (!p8) {
            const X509_ALGOR *alg = nullptr;
            X509_SIG_get0(sig.get(), &alg, nullptr);
            return openFailure(tr("the private key"), tr("The private key"), ossl::takeErrorQueue(),
                               alg ? QStringList{algorithmName(alg->algorithm)} : QStringList{});
        }
        EVP_PKEY *pkey = keyder::fromPkcs8(p8.get());
        if (!pkey)
            return Error(ErrorCode::Truncated, tr("The decrypted private key is damaged."), ossl::takeErrors());
        bundle.items.append(keyItem(pkey, QStringLiteral("PKCS#8 encrypted (DER)")));
        return bundle;
    }
    if (EVP_PKEY *pkey = keyder::decode(data)) {
        bundle.items.append(keyItem(pkey, QStringLiteral("private key (DER)")));
        return bundle;
    }
    ERR_clear_error();
    if (EVP_PKEY *pkey = d2iWhole<EVP_PKEY>(data, d2i_PUBKEY)) {
        bundle.items.append(keyItem(pkey, QStringLiteral("public key (DER)"), true));
        return bundle;
    }
    ERR_clear_error();
    if (derTruncated(data))
        return Error(ErrorCode::Truncated,
                     tr("The data looks like DER, but it is cut short (its length runs past the end)."));
    return Error(ErrorCode::UnknownFormat,
                 tr("The data is not a certificate, key, certificate request, PKCS#7 or PKCS#12 in any format "
                    "the workbench knows (PEM or DER)."));
}

} // namespace

QList<Certificate> ImportBundle::certificates() const
{
    QList<Certificate> out;
    for (const auto &item : items) {
        if (item.kind == ImportedItem::Kind::Certificate)
            out.append(item.certificate);
    }
    return out;
}

QList<PrivateKey> ImportBundle::privateKeys() const
{
    QList<PrivateKey> out;
    for (const auto &item : items) {
        if (item.kind == ImportedItem::Kind::PrivateKey)
            out.append(item.key);
    }
    return out;
}

Result<ImportBundle> importData(const QByteArray &data, const SecretBytes &passphrase)
{
    ossl::loadLegacyProvider(); // PKCS#12 and keys from Windows and OpenSSL 1.x (RC2, DES)
    ERR_clear_error();
    if (data.trimmed().isEmpty())
        return Error(ErrorCode::UnknownFormat, tr("The data is empty."));
    if (data.contains("-----BEGIN ")) {
        auto blocks = splitPem(data);
        if (!blocks)
            return blocks.error();
        ImportBundle bundle;
        bundle.container = QStringLiteral("PEM");
        for (const PemBlock &block : *blocks) {
            if (auto st = importPemBlock(block, passphrase, &bundle.items); !st)
                return st.error();
        }
        if (bundle.items.isEmpty())
            return Error(ErrorCode::UnknownFormat,
                         tr("The PEM text holds no certificate, key, certificate request or PKCS#7 block."));
        return bundle;
    }
    return importDer(data, passphrase);
}

Result<PrivateKey> importPrivateKey(const QByteArray &data, const SecretBytes &passphrase)
{
    auto bundle = importData(data, passphrase);
    if (!bundle)
        return bundle.error();
    const auto keys = bundle->privateKeys();
    if (keys.isEmpty())
        return Error(ErrorCode::UnknownFormat, tr("The data holds no private key."));
    return keys.first();
}

Result<QList<Certificate>> importCertificates(const QByteArray &data, const SecretBytes &passphrase)
{
    auto bundle = importData(data, passphrase);
    if (!bundle)
        return bundle.error();
    const auto certs = bundle->certificates();
    if (certs.isEmpty())
        return Error(ErrorCode::UnknownFormat, tr("The data holds no certificate."));
    return certs;
}

Result<QByteArray> exportPkcs12(const PrivateKey &key, const Certificate &cert,
                                const QList<Certificate> &chain, const SecretBytes &passphrase,
                                const QString &friendlyName, Pkcs12Protection protection)
{
    if (key.isNull() || cert.isNull())
        return Error(ErrorCode::InvalidArgument, tr("A PKCS#12 file needs a key and its certificate."));
    if (!cert.matches(key))
        return Error(ErrorCode::Mismatch, tr("The key does not belong to the certificate."));
    ossl::loadLegacyProvider();
    ossl::X509Stack ca(sk_X509_new_null());
    for (const Certificate &c : chain) {
        X509_up_ref(c.get());
        sk_X509_push(ca.get(), c.get());
    }
    const QByteArray name = friendlyName.toUtf8();
    const char *pass = passphrase.isEmpty() ? nullptr : passphrase.constData();
    const bool legacy = protection == Pkcs12Protection::Legacy;
    // Modern: as `openssl pkcs12 -export` in OpenSSL 3: AES-256-CBC with
    // PBKDF2 for key and certificates, SHA-256 MAC, the default iteration
    // counts. Legacy: as `openssl pkcs12 -export -legacy`: 3DES for both
    // (in OpenSSL 3's default provider), then a SHA-1 MAC set on its own
    // (mac_iter -1: PKCS12_create adds none).
    const int nid = legacy ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : NID_aes_256_cbc;
    ossl::Pkcs12Ptr p12(PKCS12_create_ex(pass, name.isEmpty() ? nullptr : name.constData(), key.get(), cert.get(),
                                         ca.get(), nid, nid, PKCS12_DEFAULT_ITER, legacy ? -1 : PKCS12_DEFAULT_ITER,
                                         0, nullptr, nullptr));
    if (!p12)
        return Error(ErrorCode::Crypto, tr("Cannot create the PKCS#12 file."), ossl::takeErrors());
    if (legacy
        && PKCS12_set_mac(p12.get(), pass, -1, nullptr, 0, PKCS12_DEFAULT_ITER, EVP_sha1()) != 1)
        return Error(ErrorCode::Crypto, tr("Cannot add the SHA-1 MAC to the PKCS#12 file."), ossl::takeErrors());
    unsigned char *buf = nullptr;
    const int len = i2d_PKCS12(p12.get(), &buf);
    if (len <= 0)
        return Error(ErrorCode::Crypto, tr("Cannot encode the PKCS#12 file."), ossl::takeErrors());
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

} // namespace dwb
