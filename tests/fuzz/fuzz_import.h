// importData() on arbitrary bytes: PEM text (many blocks), DER certificate,
// PKCS#8 (plain/encrypted), traditional keys, PKCS#7, PKCS#12, bundles.
// The first byte picks the passphrase: even = none, odd = "test" (the
// passphrase of the encrypted seeds), so both the "needs a passphrase" and
// the decrypting paths are reached; and with bit 1 set, importPrivateKey()
// instead of importData() (it runs importData() and keeps the first key:
// calling both doubled the cost of every input).
#pragma once

#include "FuzzCheck.h"
#include "core/crypto/Importer.h"

#include <cstddef>
#include <cstdint>

namespace dwb::fuzz {

inline int importInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool withPassphrase = (data[0] & 1) != 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const SecretBytes pass = withPassphrase ? SecretBytes(QByteArrayLiteral("test")) : SecretBytes();
    if (data[0] & 2) {
        auto key = importPrivateKey(bytes, pass);
        if (key)
            check(!key->isNull(), "an imported private key is there");
        else
            check(!key.error().message.isEmpty(), "an import error says why");
        return 0;
    }
    auto bundle = importData(bytes, pass);
    if (bundle) {
        // Use what was found: every accessor must cope with what the importer accepted.
        for (const ImportedItem &item : bundle->items) {
            if (item.kind == ImportedItem::Kind::Certificate) {
                (void)item.certificate.subjectString();
                (void)item.certificate.toDer();
            }
        }
        (void)bundle->certificates();
        (void)bundle->privateKeys();
    } else {
        check(!bundle.error().message.isEmpty(), "an import error says why");
    }
    return 0;
}

} // namespace dwb::fuzz
