#include "gui/renewal/RenewActions.h"

#include "core/enrollment/AnchorJob.h"
#include "core/enrollment/BatchEnrollJob.h"
#include "core/enrollment/RenewPlanJob.h"
#include "gui/MainWindow.h"
#include "gui/certificates/CertificatesView.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBar.h"
#include "gui/renewal/RenewWizard.h"
#include "gui/wizards/TrustAnchorWizard.h"

#include <QAction>
#include <QMenu>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace dwb::gui {

namespace {

bool connected(MainWindow *window)
{
    if (window->registryClient())
        return true;
    window->showMessage(MessageBar::Kind::Error, MainWindow::tr("Connect to a server first."));
    return false;
}

// What the wizard changed shows in the window and the Certificates view.
void followChanges(MainWindow *window, RenewWizard *w)
{
    w->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(w, &RenewWizard::certificatesRenewed, window, [window](const QString &app, int count) {
        window->certificatesView()->refresh();
        window->showMessage(MessageBar::Kind::Success,
                            MainWindow::tr("%n certificate(s) of '%1' renewed.", nullptr, count).arg(app));
    });
    QObject::connect(w, &RenewWizard::anchorRemoved, window, [window] {
        window->refresh();
        window->certificatesView()->refresh();
    });
}

} // namespace

void openRenewWizard(MainWindow *window, const QString &app, const QStringList &devices)
{
    if (!connected(window))
        return;
    auto *w = new RenewWizard(window->registryClient(), app, devices, window);
    followChanges(window, w);
    w->show();
}

void openRotateAnchorWizard(MainWindow *window, const QString &app, int anchorIndex)
{
    if (!connected(window))
        return;
    if (app.isEmpty()) {
        window->showMessage(MessageBar::Kind::Error, MainWindow::tr("Select the application whose anchor to rotate."));
        return;
    }
    auto *w = new RenewWizard(window->registryClient(), app, anchorIndex, window);
    followChanges(window, w);
    QPointer<RenewWizard> rotation(w);
    QObject::connect(w, &RenewWizard::createAnchorRequested, window, [window, rotation](const QString &name) {
        auto *anchor = new TrustAnchorWizard(window->registryClient(), name, rotation);
        anchor->setAttribute(Qt::WA_DeleteOnClose);
        anchor->setWindowModality(Qt::WindowModal);
        QPointer<TrustAnchorWizard> made(anchor);
        QObject::connect(anchor, &TrustAnchorWizard::anchorCreated, window, [window, rotation, made] {
            window->refresh();
            const bool ok = made && made->job() && made->job()->result().ok();
            if (rotation)
                rotation->useNewAnchorKey(ok ? made->job()->result()->keyPath : QString());
        });
        anchor->show();
    });
    w->show();
}

QAction *installRotateAction(MainWindow *window, QMenu *menu)
{
    auto *rotate = new QAction(icon(u"certificate"_s), MainWindow::tr("Rotate Trust Anc&hor…"), window);
    rotate->setObjectName(u"actionRotateTrustAnchor"_s);
    rotate->setStatusTip(MainWindow::tr("Add a new trust anchor, renew the devices under the old one, then remove it"));
    QObject::connect(rotate, &QAction::triggered, window,
                     [window] { openRotateAnchorWizard(window, window->currentApplicationName(), 0); });
    menu->addAction(rotate);
    return rotate;
}

} // namespace dwb::gui
