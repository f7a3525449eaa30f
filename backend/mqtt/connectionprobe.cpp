// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "connectionprobe.h"

#include <QHostInfo>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace {

bool isTls(const QUrl &url)
{
    return url.scheme() == QLatin1String("ssl") || url.scheme() == QLatin1String("wss");
}

int defaultPort(const QUrl &url)
{
    const QString s = url.scheme();
    if (s == QLatin1String("ssl"))
        return 8883;
    if (s == QLatin1String("ws"))
        return 80;
    if (s == QLatin1String("wss"))
        return 443;
    return 1883;
}

} // namespace

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(QStringLiteral("no answer from %1:%2 within %3 s")
                   .arg(m_url.host())
                   .arg(m_url.port(defaultPort(m_url)))
                   .arg(m_timeoutMs / 1000.0));
    });
}

ConnectionProbe::~ConnectionProbe()
{
    abort();
}

void ConnectionProbe::start(const QUrl &url, const QString &caFile, int timeoutMs)
{
    abort();
    m_url = url;
    m_caFile = caFile;
    m_timeoutMs = timeoutMs;
    m_timeout.start(timeoutMs);
    m_lookupId = QHostInfo::lookupHost(url.host(), this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            finish(QStringLiteral("unknown host \"%1\": %2").arg(m_url.host(), info.errorString()));
            return;
        }
        connectSocket();
    });
}

void ConnectionProbe::abort()
{
    ++m_run;
    m_timeout.stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
}

void ConnectionProbe::connectSocket()
{
    const QString host = m_url.host();
    const quint16 port = quint16(m_url.port(defaultPort(m_url)));
    if (!isTls(m_url)) {
        auto *socket = new QTcpSocket(this);
        m_socket = socket;
        connect(socket, &QTcpSocket::connected, this, [this] { finish({}); });
        connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket, host, port] {
            finish(QStringLiteral("cannot connect to %1:%2: %3")
                       .arg(host)
                       .arg(port)
                       .arg(socket->errorString()));
        });
        socket->connectToHost(host, port);
        return;
    }

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_caFile.isEmpty()) {
        const auto cas = QSslCertificate::fromPath(m_caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            finish(QStringLiteral("mqtt/ca_file \"%1\" holds no PEM certificate").arg(m_caFile));
            return;
        }
        config.setCaCertificates(cas);
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(config);
    auto sslErrors = std::make_shared<QStringList>();
    connect(socket, &QSslSocket::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            *sslErrors << e.errorString();
    });
    // With TLS 1.3 a broker that wants a client certificate says so only
    // after the handshake: give it a moment to close the connection.
    auto encrypted = std::make_shared<bool>(false);
    connect(socket, &QSslSocket::encrypted, this, [this, encrypted, run = m_run] {
        *encrypted = true;
        m_timeout.stop();
        QTimer::singleShot(1000, this, [this, encrypted, run] {
            if (*encrypted && run == m_run)
                finish({});
        });
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket, host, port, sslErrors, encrypted](QAbstractSocket::SocketError error) {
                if (*encrypted) {
                    *encrypted = false;
                    finish(QStringLiteral("%1:%2 closed the TLS connection after the handshake: "
                                          "%3 (does the broker want a client certificate? "
                                          "see mqtt/cert_file and mqtt/key_file)")
                               .arg(host)
                               .arg(port)
                               .arg(socket->errorString()));
                } else if (!sslErrors->isEmpty()) {
                    finish(QStringLiteral("certificate of %1:%2 refused: %3")
                               .arg(host)
                               .arg(port)
                               .arg(sslErrors->join(QStringLiteral("; "))));
                } else if (error == QAbstractSocket::SslHandshakeFailedError) {
                    finish(QStringLiteral("TLS handshake with %1:%2 failed: %3")
                               .arg(host)
                               .arg(port)
                               .arg(socket->errorString()));
                } else {
                    finish(QStringLiteral("cannot connect to %1:%2: %3")
                               .arg(host)
                               .arg(port)
                               .arg(socket->errorString()));
                }
            });
    socket->connectToHostEncrypted(host, port);
}

void ConnectionProbe::finish(const QString &reason)
{
    abort();
    emit finished(reason);
}
