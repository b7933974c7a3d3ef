// The body of a write (POST, PUT, DELETE; DELETE's may be empty), readable
// once. QNetworkAccessManager sends a request again by itself when the
// connection closes before the first byte of the answer; it first rewinds the
// body, which this one refuses, so Qt reports ContentReSendError instead and
// the retry logic of RegistryClient decides with the outcome known to be
// unknown (a 409 or 404 then is checked against the stored object; a POST is
// repeated only after a GET shows it did not happen). Random access with a
// known size, so Qt hands it to its HTTP thread in one piece (a sequential
// body costs a round trip more per request: about 10% of the batch
// registration rate).
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace dwb {

class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(QByteArray data);
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool seek(qint64 pos) override { return pos == m_pos && QIODevice::seek(pos); }

protected:
    qint64 readData(char *out, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace dwb
