// What the trust anchor wizard's pages have chosen so far: plain values, no
// widgets. The wizard owns one; each page fills its part (the key page the
// key source, the storage page where the key goes), and the request for
// AnchorJob and the summary are made from it alone.
#pragma once

#include "core/crypto/Algorithm.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Profiles.h"
#include "core/crypto/SecretBytes.h"
#include "core/enrollment/AnchorJob.h"

#include <QString>

namespace dwb::gui {

struct AnchorDraft {
    QString app;
    // Key page.
    AnchorRequest::Source source = AnchorRequest::Source::NewKey;
    KeyAlgorithm algorithm = kDefaultAlgorithm; // NewKey
    int days = kDefaultValidityDays;            // NewKey, ExistingKey
    PrivateKey key;                             // ExistingKey, ExistingCertificate (loaded on Next)
    QString keyInputPath;                       // where `key` came from
    // A key on a hardware token (the key page's "Hardware token"): its
    // pkcs11: URI, never a PIN. NewKey: the key to be made there (label
    // typed); ExistingKey: the key loaded into `key`. No storage page then.
    QString tokenUri;
    Certificate certificate;                    // ExistingCertificate
    // Storage page.
    bool keepKeyInPlace = false;                // an existing key: no copy written
    QString keyOutput;
    SecretBytes keyPassphrase;                  // empty: the key file is not encrypted
    QString certOutput;                         // optional copy of the anchor certificate

    bool existingKey() const { return source != AnchorRequest::Source::NewKey; }
    bool onToken() const { return !tokenUri.isEmpty(); }
    // A new key is always written (not a token's); an existing one only when it is not kept in place.
    bool writesKey() const { return !onToken() && (!existingKey() || !keepKeyInPlace); }
};

// The job's request for the draft (a new key on a token: without its PIN,
// which the wizard adds from the key page).
AnchorRequest anchorRequest(const AnchorDraft &draft);

} // namespace dwb::gui
