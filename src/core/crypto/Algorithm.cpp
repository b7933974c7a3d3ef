#include "core/crypto/Algorithm.h"

namespace dwb {

QList<KeyAlgorithm> allAlgorithms()
{
    return {KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072, KeyAlgorithm::Rsa4096,
            KeyAlgorithm::EcdsaP256, KeyAlgorithm::EcdsaP384, KeyAlgorithm::Ed25519};
}

QString algorithmName(KeyAlgorithm alg)
{
    switch (alg) {
    case KeyAlgorithm::Rsa2048: return QStringLiteral("rsa2048");
    case KeyAlgorithm::Rsa3072: return QStringLiteral("rsa3072");
    case KeyAlgorithm::Rsa4096: return QStringLiteral("rsa4096");
    case KeyAlgorithm::EcdsaP256: return QStringLiteral("ecdsa-p256");
    case KeyAlgorithm::EcdsaP384: return QStringLiteral("ecdsa-p384");
    case KeyAlgorithm::Ed25519: return QStringLiteral("ed25519");
    }
    return {};
}

QString algorithmDisplayName(KeyAlgorithm alg)
{
    switch (alg) {
    case KeyAlgorithm::Rsa2048: return QStringLiteral("RSA 2048");
    case KeyAlgorithm::Rsa3072: return QStringLiteral("RSA 3072");
    case KeyAlgorithm::Rsa4096: return QStringLiteral("RSA 4096");
    case KeyAlgorithm::EcdsaP256: return QStringLiteral("ECDSA P-256");
    case KeyAlgorithm::EcdsaP384: return QStringLiteral("ECDSA P-384");
    case KeyAlgorithm::Ed25519: return QStringLiteral("Ed25519");
    }
    return {};
}

std::optional<KeyAlgorithm> parseAlgorithm(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    for (KeyAlgorithm alg : allAlgorithms()) {
        if (t == algorithmName(alg))
            return alg;
    }
    // drg's names
    if (t == u"rsa")
        return KeyAlgorithm::Rsa2048;
    if (t == u"ecdsa")
        return KeyAlgorithm::EcdsaP256;
    if (t == u"eddsa")
        return KeyAlgorithm::Ed25519;
    return std::nullopt;
}

} // namespace dwb
