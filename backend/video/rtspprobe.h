// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QAbstractSocket;

// Is an RTSP server there? Connects to the URL's host and port (TLS for
// rtsps://) and asks OPTIONS, the one request every RTSP server answers
// without a session: a reply line "RTSP/1.0 <code>" says a server listens.
// Nothing is published and no credentials are sent.
class RtspProbe : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Answered,    // an RTSP reply (status in statusCode)
        UnknownHost, // the name does not resolve
        Refused,     // nothing listens on the port
        NoAnswer,    // no connection or no reply within the time
        NotRtsp,     // something answered, but not RTSP
        TlsFailed,   // rtsps://: the handshake or the certificate failed
        Failed,      // another socket error (detail)
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        int statusCode = 0; // Answered: 200, 401, ...
        QString detail;     // the socket's words, for TlsFailed and Failed
    };

    explicit RtspProbe(QObject *parent = nullptr);
    ~RtspProbe() override;

    void start(const QUrl &url, int timeoutMs = 5000);
    void abort();

signals:
    void finished(const RtspProbe::Result &result);

private:
    void finish(const Result &result);
    void readReply();

    QUrl m_url;
    QPointer<QAbstractSocket> m_socket;
    QByteArray m_reply;
    QTimer m_timeout;
};
