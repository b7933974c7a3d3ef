// A move-only byte buffer for secrets (private key encodings, passphrases)
// that is wiped with OPENSSL_cleanse when it is destroyed or cleared.
#pragma once

#include <QByteArray>
#include <QString>

namespace dwb {

class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray data);
    static SecretBytes fromString(const QString &utf16); // UTF-8 encodes, wipes the temporary
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    SecretBytes clone() const;     // explicit copy, also wiped
    void clear();                  // wipe now
    bool isEmpty() const { return m_data.isEmpty(); }
    qsizetype size() const { return m_data.size(); }
    const char *constData() const { return m_data.constData(); }
    // Read-only access; do not keep copies of the returned array.
    const QByteArray &bytes() const { return m_data; }

private:
    QByteArray m_data;
};

} // namespace dwb
