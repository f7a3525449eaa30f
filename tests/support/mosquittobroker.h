// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace TestSupport {

// A real mosquitto broker for one test: its own config, password file,
// certificates and persistence in a temporary directory, listeners on free
// loopback ports. Stop and start again keep the ports (a broker outage).
class MosquittoBroker
{
public:
    enum class Protocol { Mqtt, WebSockets };
    struct Listener
    {
        Protocol protocol = Protocol::Mqtt;
        bool tls = false;
        bool passwords = false; // password file, no anonymous access
        quint16 port = 0;
        bool clientCertificates = false; // TLS clients must show a certificate
    };

    MosquittoBroker();
    ~MosquittoBroker();

    // Adds a listener on a free port and returns the port; call before start().
    quint16 addListener(Protocol protocol, bool tls = false, bool passwords = false,
                        bool clientCertificates = false);
    // Adds a user to the password file (mosquitto_passwd).
    bool addUser(const QString &user, const QString &password);
    // A private CA and a server certificate for localhost/127.0.0.1 (openssl).
    bool makeCertificates();
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.crt")); }
    // A client certificate and key signed by the same CA (after makeCertificates()).
    bool makeClientCertificate();
    QString clientCertFile() const
    {
        return m_dir.filePath(QStringLiteral("client-picam-test.crt"));
    }
    QString clientKeyFile() const
    {
        return m_dir.filePath(QStringLiteral("client-picam-test.key"));
    }
    // Keep sessions and retained messages across stop()/start().
    void setPersistence(bool on) { m_persistence = on; }

    bool start(int timeoutMs = 10000);
    // SIGTERM (mosquitto saves its persistence file) and wait.
    bool stop(int timeoutMs = 10000);
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // The first listener's port, for subscribers.
    quint16 port() const { return m_listeners.isEmpty() ? 0 : m_listeners.first().port; }
    QString url(const QString &scheme, quint16 port) const;
    QString directory() const { return m_dir.path(); }
    QString log();
    QString error() const { return m_error; }

private:
    bool writeConfig();
    bool run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    QList<Listener> m_listeners;
    bool m_persistence = false;
    bool m_hasUsers = false;
    QProcess m_process;
    QString m_log;
    QString m_error;
};

} // namespace TestSupport
