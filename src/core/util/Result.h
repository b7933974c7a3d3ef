// Errors are values: Result<T> holds either a T or an Error that carries a
// message a lab engineer understands and the technical detail for the log.
#pragma once

#include <QString>
#include <QMetaType>

#include <utility>
#include <variant>

namespace dwb {

enum class ErrorCode {
    Unknown,
    InvalidArgument,     // bad user input (name, option, algorithm)
    Io,                  // file system error
    AlreadyExists,       // refusing to overwrite a file / name taken
    UnknownFormat,       // data is not any supported format
    Truncated,           // data starts like a known format but is cut short
    NeedsPassphrase,     // encrypted data, no passphrase given
    WrongPassphrase,     // encrypted data, passphrase does not decrypt it
    UnsupportedKey,      // key type / size not allowed
    Crypto,              // OpenSSL failure
    Mismatch,            // key does not match certificate / CA key matches no anchor
    // Network / server
    Network,             // connection refused, DNS, dropped connection
    Timeout,
    Tls,                 // TLS handshake / verification failure
    Forbidden,           // 403
    NotFound,            // 404
    Conflict,            // 409
    BadRequest,          // 400
    Server,              // 5xx
    MalformedResponse,   // server answered with something we cannot parse
    Cancelled,
    Refused,             // broker / server refused (e.g. MQTT not authorised)
};

struct Error {
    ErrorCode code = ErrorCode::Unknown;
    QString message;  // for the user: what went wrong, in plain words (translated)
    QString detail;   // for the log: technical detail (never a secret)

    Error() = default;
    Error(ErrorCode c, QString msg, QString det = {})
        : code(c), message(std::move(msg)), detail(std::move(det)) {}

    // "message (detail)" when there is a detail.
    QString toString() const
    {
        return detail.isEmpty() ? message : QString(message + QStringLiteral(" (") + detail + QLatin1Char(')'));
    }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(const T &value) : m_v(std::in_place_index<0>, value) {}
    Result(T &&value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(const Error &error) : m_v(std::in_place_index<1>, error) {}
    Result(Error &&error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(const Error &error) : m_error(error), m_ok(false) {}
    Result(Error &&error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace dwb

Q_DECLARE_METATYPE(dwb::Error)
