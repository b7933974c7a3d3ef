#include "gui/login/SecretStores.h"

#include "gui/common/Prompts.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace dwb::gui {

SecretStores::SecretStores(SecretStore *primary)
    : m_primary(primary)
{
}

SecretStores::~SecretStores() = default;

void SecretStores::setFilePath(const QString &path)
{
    m_filePath = path;
    m_file.reset();
}

SecretStore *SecretStores::file()
{
    if (!m_file)
        m_file = std::make_unique<FileSecretStore>(m_filePath.isEmpty() ? FileSecretStore::defaultPath()
                                                                         : m_filePath);
    return m_file.get();
}

SecretStore *SecretStores::forContext(const Context &context)
{
    if (context.secretStore == "session"_L1 || context.credentialsRef.startsWith("memory:"_L1))
        return &m_session;
    if (context.secretStore == "file"_L1)
        return file();
    return m_primary;
}

SecretStore *SecretStores::chooseForNewSecret(QWidget *parent, QString *notice)
{
    notice->clear();
    // Why not (no key store, or a locked one) goes into the question.
    const Status available =
        m_primary ? m_primary->availability() : Status(Error(ErrorCode::Refused, noKeyStoreMessage()));
    if (available)
        return m_primary;
    if (m_chosen) {
        *notice = m_chosen == &m_session ? tr("The secret is kept for this session only.")
                                         : tr("The secret is kept in %1, readable only by you (plain text).")
                                               .arg(QDir::toNativeSeparators(static_cast<FileSecretStore *>(file())->path()));
        return m_chosen;
    }
    const QStringList choices{tr("Keep the secret for this session only"),
                              tr("Store it in a file readable only by me (plain text on disk)")};
    const auto choice = Prompts::choose(parent, tr("No Key Store"),
                                        available.error().message + u"\n\n"_s + tr("Where should the secret be kept?"),
                                        choices, 0);
    if (!choice)
        return nullptr;
    if (*choice == 0) {
        m_chosen = &m_session;
        *notice = tr("The secret is kept for this session only.");
        return m_chosen;
    }
    const QString path = QDir::toNativeSeparators(static_cast<FileSecretStore *>(file())->path());
    if (!Prompts::confirm(parent, tr("Store Secrets in a File"),
                          tr("The secrets will be written in plain text to\n%1\n(mode 0600: readable only by you, "
                             "but by any program you run, and in backups of your home folder).")
                              .arg(path),
                          tr("Store in File")))
        return nullptr;
    m_chosen = file();
    *notice = tr("The secret is kept in %1, readable only by you (plain text).").arg(path);
    return m_chosen;
}

Status SecretStores::save(QWidget *parent, Context &context, const QString &secret)
{
    QString notice;
    SecretStore *store = chooseForNewSecret(parent, &notice);
    if (!store)
        return Error(ErrorCode::Cancelled, tr("Cancelled: the secret was not stored."));
    if (Status st = store->store(context.credentialsRef, secret); !st)
        return st;
    context.secretStore = store == m_primary ? QString() : store->id();
    return {};
}

} // namespace dwb::gui
