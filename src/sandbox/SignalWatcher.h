// Turns SIGINT/SIGTERM into a Qt signal (self-pipe: the handler only writes a
// byte to a socket pair, a QSocketNotifier reads it in the event loop).
#pragma once

#include <QObject>

class QSocketNotifier;

namespace dwb::sandbox {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    // One instance per process.
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace dwb::sandbox
