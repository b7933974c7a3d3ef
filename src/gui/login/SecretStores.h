// Where the GUI keeps the secrets of its contexts: the primary store (the
// system key store through QtKeychain in the application, a test store in
// tests), this session's memory, or a 0600 file. A context records its
// choice in Context::secretStore. When the primary store is not available
// (no Secret Service), the user chooses explicitly: this session only, or
// the file after a warning that the secret is on disk in plain text;
// nothing is ever written silently in plain text.
#pragma once

#include "core/config/Context.h"
#include "core/config/SecretStore.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace dwb::gui {

class SecretStores {
    Q_DECLARE_TR_FUNCTIONS(SecretStores)
public:
    explicit SecretStores(SecretStore *primary);
    ~SecretStores();

    // The store that holds (or will hold) the context's secret.
    SecretStore *forContext(const Context &context);
    SecretStore *primary() const { return m_primary; }
    SecretStore *session() { return &m_session; }
    SecretStore *file();
    void setFilePath(const QString &path); // tests; default FileSecretStore::defaultPath()

    // The store to put new secrets in: the primary one when it answers,
    // else the user's choice (nullptr: cancelled). *notice receives what to
    // tell the user about that choice ("" for the primary store).
    SecretStore *chooseForNewSecret(QWidget *parent, QString *notice);

    // Saves the secret of context under its credentialsRef in the store
    // chooseForNewSecret() gives, and records the store in the context.
    Status save(QWidget *parent, Context &context, const QString &secret);

private:
    SecretStore *m_primary;
    InMemorySecretStore m_session;
    std::unique_ptr<FileSecretStore> m_file;
    QString m_filePath;
    SecretStore *m_chosen = nullptr; // the answer, asked once per session
};

} // namespace dwb::gui
