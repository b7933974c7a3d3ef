// What the certificate inspector needs from the window around it: the
// application selected there, its devices, the registry client, a place
// for messages. Keeps the inspector testable on its own.
#pragma once

#include "core/cloud/Resources.h"
#include "gui/common/MessageBar.h"

#include <QList>

#include <optional>

namespace dwb {
class RegistryClient;
}

namespace dwb::gui {

class InspectorHost {
public:
    virtual ~InspectorHost() = default;
    virtual std::optional<Application> selectedApplication() const = 0;
    // The devices of `app` as loaded in the window; nullopt when not loaded.
    virtual std::optional<QList<Device>> loadedDevices(const QString &app) const = 0;
    virtual RegistryClient *registryClient() const = 0;
    virtual void deviceUpdated(const Device &device) = 0;
    virtual void showMessage(MessageBar::Kind kind, const QString &text) = 0;
};

} // namespace dwb::gui
