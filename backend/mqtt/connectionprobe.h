// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QAbstractSocket;

// Paho reports every network-level connect failure as the same "TCP/TLS
// connect failure". This repeats the steps with Qt to say which one failed:
// the host name does not resolve, nothing listens, no answer, or (ssl://,
// wss://) the server certificate is refused, with the TLS library's words.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // url: the broker URL (tcp, ssl, ws or wss); caFile: the private CA or
    // empty for the system trust store.
    void start(const QUrl &url, const QString &caFile, int timeoutMs = 5000);
    void abort();

signals:
    // A readable reason, or empty when every step worked (the failure is then
    // in the MQTT layer or was passing).
    void finished(const QString &reason);

private:
    void connectSocket();
    void finish(const QString &reason);

    QUrl m_url;
    QString m_caFile;
    int m_timeoutMs = 5000;
    int m_lookupId = -1;
    int m_run = 0; // bumped by abort(), so a late timer of an old run does nothing
    QPointer<QAbstractSocket> m_socket;
    QTimer m_timeout;
};
