#include "gui/wizards/anchor/AnchorDraft.h"

namespace dwb::gui {

AnchorRequest anchorRequest(const AnchorDraft &d)
{
    AnchorRequest r;
    r.app = d.app;
    r.ledger.source = QStringLiteral("gui"); // the default ledger ($DWB_LEDGER or the data folder)
    r.source = d.source;
    r.algorithm = d.algorithm;
    r.days = d.days;
    r.key = d.key;
    r.keyInputPath = d.keyInputPath;
    r.certificate = d.certificate;
    if (d.onToken()) { // the key stays on the token: no key file, no storage page
        if (d.source == AnchorRequest::Source::NewKey)
            r.keyOutput = d.tokenUri;
        else
            r.keyInputPath = d.tokenUri;
        return r;
    }
    if (d.writesKey()) {
        r.keyOutput = d.keyOutput;
        if (!d.keyPassphrase.isEmpty())
            r.keyPassphrase = std::make_shared<SecretBytes>(d.keyPassphrase.clone());
    }
    r.certOutput = d.certOutput;
    return r;
}

} // namespace dwb::gui
