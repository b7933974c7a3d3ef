// The key algorithms of the workbench, with stable names used everywhere
// (CLI, config, JSON): rsa2048 rsa3072 rsa4096 ecdsa-p256 ecdsa-p384 ed25519.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dwb {

enum class KeyAlgorithm { Rsa2048, Rsa3072, Rsa4096, EcdsaP256, EcdsaP384, Ed25519 };

constexpr KeyAlgorithm kDefaultAlgorithm = KeyAlgorithm::EcdsaP256;

QList<KeyAlgorithm> allAlgorithms();
QString algorithmName(KeyAlgorithm alg);         // stable: "ecdsa-p256"
QString algorithmDisplayName(KeyAlgorithm alg);  // "ECDSA P-256"
// Accepts the stable names and drg's RSA / ECDSA / EdDSA (case-insensitive).
std::optional<KeyAlgorithm> parseAlgorithm(QStringView text);

} // namespace dwb
