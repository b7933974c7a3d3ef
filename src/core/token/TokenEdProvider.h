// A small built-in OpenSSL 3 provider, "dwb-token", that makes an Ed25519
// key on a PKCS#11 token (TokenEdKey) a normal EVP_PKEY of type ED25519:
//  - keymgmt "ED25519" (property provider=dwb-token): the key data holds the
//    32-byte public key and the token key; it exports the public key only
//    (for i2d_PUBKEY, X509_set_pubkey, EVP_PKEY_get_raw_public_key, which
//    OpenSSL encodes through the default provider), never a private part, and
//    imports public keys (EVP_PKEY_eq with a certificate's key matches here);
//  - signature "DWB-TOKEN-ED25519" (the keymgmt names it for the signature
//    operation, so OpenSSL never picks it for another provider's key):
//    one-shot digest_sign through C_Sign with CKM_EDDSA, dupctx (the batch
//    copies an initialised context per certificate), and the
//    AlgorithmIdentifier (OSSL_SIGNATURE_PARAM_ALGORITHM_ID) that X509_sign
//    writes into the certificate.
// Registered once per process with OSSL_PROVIDER_add_builtin and loaded
// next to the default provider, which stays the preferred one for every
// algorithm fetched without a provider named ("?provider=default").
#pragma once

#include "core/crypto/PrivateKey.h"
#include "core/util/Result.h"

#include <memory>

namespace dwb {

class TokenEdKey;

// The EVP_PKEY (a PrivateKey that signs on the token) of the token key.
Result<PrivateKey> tokenEdPrivateKey(std::shared_ptr<const TokenEdKey> key);

} // namespace dwb
