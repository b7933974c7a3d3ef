#include "core/crypto/SecretBytes.h"

#include <openssl/crypto.h>

#include <utility>

namespace dwb {

namespace {
void wipe(QByteArray &data)
{
    if (!data.isEmpty() && data.isDetached())
        OPENSSL_cleanse(data.data(), static_cast<size_t>(data.size()));
    data.clear();
}
} // namespace

SecretBytes::SecretBytes(QByteArray data) : m_data(std::move(data)) {}

SecretBytes SecretBytes::fromString(const QString &utf16)
{
    return SecretBytes(utf16.toUtf8());
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_data(std::move(other.m_data))
{
    other.m_data = QByteArray();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe(m_data);
        m_data = std::move(other.m_data);
        other.m_data = QByteArray();
    }
    return *this;
}

SecretBytes::~SecretBytes() { wipe(m_data); }

SecretBytes SecretBytes::clone() const
{
    return SecretBytes(QByteArray(m_data.constData(), m_data.size()));
}

void SecretBytes::clear() { wipe(m_data); }

} // namespace dwb
