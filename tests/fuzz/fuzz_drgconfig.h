// drg's configuration file (YAML, contract section 8) on arbitrary bytes, and
// the secret encodings of the tokens it holds (written, then read back).
#pragma once

#include "FuzzCheck.h"
#include "core/config/DrgConfig.h"

#include <cstddef>
#include <cstdint>

namespace dwb::fuzz {

inline int drgConfigInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto cfg = parseDrgConfig(bytes, QStringLiteral("fuzz.yaml"));
    if (!cfg) {
        check(!cfg.error().message.isEmpty(), "a parse error says why");
        return 0;
    }
    for (const DrgContext &c : cfg->contexts) {
        check(!c.name.isEmpty() && c.url.isValid(), "a context has a name and a valid URL");
        // What importDrgConfig() puts in the secret store reads back as it was.
        if (c.tokenKind == DrgContext::TokenKind::AccessToken) {
            const auto back = parseAccessTokenSecret(accessTokenSecret(c.tokenId, c.token));
            check(back && back->first == c.tokenId && back->second == c.token,
                  "access token secret reads back");
        } else if (c.tokenKind == DrgContext::TokenKind::OAuth) {
            const StoredOidcTokens t{c.accessToken, c.refreshToken, c.tokenExpDate, c.tokenUrl};
            const auto back = parseOidcTokensSecret(oidcTokensSecret(t));
            check(back && back->accessToken == c.accessToken && back->refreshToken == c.refreshToken,
                  "OIDC tokens secret reads back");
        }
    }
    return 0;
}

} // namespace dwb::fuzz
