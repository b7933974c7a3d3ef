#include "core/crypto/Importer.h"

#include "core/crypto/Ossl.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>

#include <cstring>

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
        QString format;
        if (block.label == "PRIVATE KEY")
            format = QStringLiteral("PKCS#8 (PEM)");
        else if (block.label == "ENCRYPTED PRIVATE KEY")
            format = QStringLiteral("PKCS#8 encrypted (PEM)");
        else
            format = (block.label == "RSA PRIVATE KEY" ? QStringLiteral("traditional RSA (PEM)")
                                                        : QStringLiteral("traditional EC (PEM)"))
                     + (encrypted ? QStringLiteral(", encrypted") : QString());
        if (encrypted && passphrase.isEmpty())
            return needsPassphrase(tr("The private key"));
        PassState state{&passphrase, false};
        EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, passCallback, &state);
        if (!pkey) {
            const QString detail = ossl::takeErrors();
            if (encrypted || state.asked)
                return passphrase.isEmpty() ? needsPassphrase(tr("The private key"))
                                            : wrongPassphrase(tr("the private key"), detail);
            return Error(ErrorCode::Truncated,
                         tr("The PEM block \"%1\" is damaged or cut short.").arg(label), detail);
        }
        items->append(keyItem(pkey, format));
        return {};
    }
    // Other blocks (requests, parameters, ...) are not ours: skipped.
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
    if (PKCS12_mac_present(p12)) {
        bool ok = false;
        if (pass.isEmpty()) {
            // Files without a passphrase use an empty or absent one.
            if (PKCS12_verify_mac(p12, "", 0) == 1)
                ok = true;
            else if (PKCS12_verify_mac(p12, nullptr, 0) == 1)
                ok = true;
            ERR_clear_error();
            if (!ok)
                return needsPassphrase(tr("The PKCS#12 file"));
        } else if (PKCS12_verify_mac(p12, pass.constData(), static_cast<int>(pass.size())) != 1) {
            return wrongPassphrase(what, ossl::takeErrors());
        }
    }
    EVP_PKEY *pkey = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    if (PKCS12_parse(p12, pass.isEmpty() ? "" : pass.constData(), &pkey, &cert, &ca) != 1) {
        const QString detail = ossl::takeErrors();
        if (pass.isEmpty())
            return needsPassphrase(tr("The PKCS#12 file"));
        return wrongPassphrase(what, detail);
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
        std::unique_ptr<PKCS8_PRIV_KEY_INFO, ossl::Deleter<PKCS8_PRIV_KEY_INFO_free>> p8(
            PKCS8_decrypt(sig.get(), passphrase.constData(), static_cast<int>(passphrase.size())));
        if (!p8)
            return wrongPassphrase(tr("the private key"), ossl::takeErrors());
        EVP_PKEY *pkey = EVP_PKCS82PKEY(p8.get());
        if (!pkey)
            return Error(ErrorCode::Truncated, tr("The decrypted private key is damaged."), ossl::takeErrors());
        bundle.items.append(keyItem(pkey, QStringLiteral("PKCS#8 encrypted (DER)")));
        return bundle;
    }
    if (EVP_PKEY *pkey = d2iWhole<EVP_PKEY>(data, d2i_AutoPrivateKey)) {
        bundle.items.append(keyItem(pkey, QStringLiteral("private key (DER)")));
        return bundle;
    }
    if (EVP_PKEY *pkey = d2iWhole<EVP_PKEY>(data, d2i_PUBKEY)) {
        bundle.items.append(keyItem(pkey, QStringLiteral("public key (DER)"), true));
        return bundle;
    }
    ERR_clear_error();
    if (derTruncated(data))
        return Error(ErrorCode::Truncated,
                     tr("The data looks like DER, but it is cut short (its length runs past the end)."));
    return Error(ErrorCode::UnknownFormat,
                 tr("The data is not a certificate, key, PKCS#7 or PKCS#12 in any format the workbench knows "
                    "(PEM or DER)."));
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
                         tr("The PEM text holds no certificate, key or PKCS#7 block."));
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
                                const QString &friendlyName)
{
    if (key.isNull() || cert.isNull())
        return Error(ErrorCode::InvalidArgument, tr("A PKCS#12 file needs a key and its certificate."));
    if (!cert.matches(key))
        return Error(ErrorCode::Mismatch, tr("The key does not belong to the certificate."));
    ossl::X509Stack ca(sk_X509_new_null());
    for (const Certificate &c : chain) {
        X509_up_ref(c.get());
        sk_X509_push(ca.get(), c.get());
    }
    const QByteArray name = friendlyName.toUtf8();
    // As `openssl pkcs12 -export` in OpenSSL 3: AES-256-CBC with PBKDF2 for
    // key and certificates, SHA-256 MAC, the default iteration counts.
    ossl::Pkcs12Ptr p12(PKCS12_create_ex(passphrase.isEmpty() ? nullptr : passphrase.constData(),
                                         name.isEmpty() ? nullptr : name.constData(), key.get(), cert.get(),
                                         ca.get(), NID_aes_256_cbc, NID_aes_256_cbc, PKCS12_DEFAULT_ITER,
                                         PKCS12_DEFAULT_ITER, 0, nullptr, nullptr));
    if (!p12)
        return Error(ErrorCode::Crypto, tr("Cannot create the PKCS#12 file."), ossl::takeErrors());
    unsigned char *buf = nullptr;
    const int len = i2d_PKCS12(p12.get(), &buf);
    if (len <= 0)
        return Error(ErrorCode::Crypto, tr("Cannot encode the PKCS#12 file."), ossl::takeErrors());
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

} // namespace dwb
