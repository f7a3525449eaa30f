// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "rtspprobe.h"

#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>

namespace {
constexpr int RtspPort = 554;
constexpr int RtspsPort = 322;
// A status line is short; more without one is not RTSP.
constexpr qsizetype MaxReplyBytes = 4096;
} // namespace

RtspProbe::RtspProbe(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish({Outcome::NoAnswer, 0, {}}); });
}

RtspProbe::~RtspProbe()
{
    abort();
}

void RtspProbe::start(const QUrl &url, int timeoutMs)
{
    abort();
    m_url = url;
    m_reply.clear();
    const bool tls = url.scheme() == QLatin1String("rtsps");
    const quint16 port = quint16(url.port(tls ? RtspsPort : RtspPort));
    QAbstractSocket *socket = nullptr;
    if (tls) {
        auto *ssl = new QSslSocket(this);
        connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
            // The request goes once the channel is up.
            QUrl target = m_url;
            target.setUserInfo(QString());
            ssl->write("OPTIONS " + target.toEncoded() +
                       " RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: picam-kiosk\r\n\r\n");
        });
        ssl->connectToHostEncrypted(url.host(), port);
        socket = ssl;
    } else {
        auto *tcp = new QTcpSocket(this);
        connect(tcp, &QTcpSocket::connected, this, [this, tcp] {
            QUrl target = m_url;
            target.setUserInfo(QString());
            tcp->write("OPTIONS " + target.toEncoded() +
                       " RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: picam-kiosk\r\n\r\n");
        });
        tcp->connectToHost(url.host(), port);
        socket = tcp;
    }
    m_socket = socket;
    connect(socket, &QIODevice::readyRead, this, &RtspProbe::readReply);
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError error) {
                switch (error) {
                case QAbstractSocket::HostNotFoundError:
                    finish({Outcome::UnknownHost, 0, socket->errorString()});
                    break;
                case QAbstractSocket::ConnectionRefusedError:
                    finish({Outcome::Refused, 0, socket->errorString()});
                    break;
                case QAbstractSocket::SocketTimeoutError:
                    finish({Outcome::NoAnswer, 0, socket->errorString()});
                    break;
                case QAbstractSocket::SslHandshakeFailedError:
                case QAbstractSocket::SslInternalError:
                case QAbstractSocket::SslInvalidUserDataError:
                    finish({Outcome::TlsFailed, 0, socket->errorString()});
                    break;
                case QAbstractSocket::RemoteHostClosedError:
                    // Closed without a status line: not an RTSP server.
                    finish({Outcome::NotRtsp, 0, socket->errorString()});
                    break;
                default:
                    finish({Outcome::Failed, 0, socket->errorString()});
                    break;
                }
            });
    m_timeout.start(timeoutMs);
}

void RtspProbe::abort()
{
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = nullptr;
}

void RtspProbe::readReply()
{
    if (!m_socket)
        return;
    m_reply += m_socket->readAll();
    const qsizetype end = m_reply.indexOf('\n');
    if (end < 0) {
        if (m_reply.size() > MaxReplyBytes)
            finish({Outcome::NotRtsp, 0, {}});
        return;
    }
    static const QRegularExpression statusLine(QStringLiteral("^RTSP/1\\.\\d (\\d{3})"));
    const auto match = statusLine.match(QString::fromLatin1(m_reply.left(end)));
    if (match.hasMatch())
        finish({Outcome::Answered, match.captured(1).toInt(), {}});
    else
        finish({Outcome::NotRtsp, 0, {}});
}

void RtspProbe::finish(const Result &result)
{
    if (!m_socket)
        return; // already finished
    abort();
    emit finished(result);
}
