// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// RtspPublisher's messages for the ways a server can refuse a publisher. A
// minimal RTSP server (a few lines of socket code standing in for MediaMTX's
// refusal, which the ffmpeg receiver cannot produce) answers 401.

#include "freeport.h"
#include "video/h264encoder.h"
#include "video/rtsppublisher.h"

#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Accepts one connection and answers every request with 401, keeping the
// requests it saw.
class RefusingServer
{
public:
    RefusingServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        ::listen(m_fd, 4);
        m_thread.reset(QThread::create([this] { serve(); }));
        m_thread->start();
    }
    ~RefusingServer()
    {
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_thread->wait();
    }
    quint16 port() const { return m_port; }
    QByteArray requests() const { return m_requests; }

private:
    void serve()
    {
        const int client = ::accept(m_fd, nullptr, nullptr);
        if (client < 0)
            return;
        QByteArray buffer;
        char chunk[4096];
        for (;;) {
            const ssize_t n = ::recv(client, chunk, sizeof chunk, 0);
            if (n <= 0)
                break;
            buffer.append(chunk, int(n));
            int end;
            while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
                QByteArray request = buffer.left(end + 4);
                // Skip a body (ANNOUNCE carries the SDP).
                int length = 0;
                for (const QByteArray &line : request.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toInt();
                }
                if (buffer.size() < end + 4 + length)
                    break;
                buffer.remove(0, end + 4 + length);
                m_requests += request;
                QByteArray cseq = "0";
                for (const QByteArray &line : request.split('\n')) {
                    if (line.toLower().startsWith("cseq:"))
                        cseq = line.mid(5).trimmed();
                }
                const QByteArray reply = "RTSP/1.0 401 Unauthorized\r\nCSeq: " + cseq +
                                         "\r\nWWW-Authenticate: Basic realm=\"mediamtx\"\r\n\r\n";
                ::send(client, reply.constData(), size_t(reply.size()), MSG_NOSIGNAL);
            }
        }
        ::close(client);
    }

    int m_fd = -1;
    quint16 m_port = 0;
    QByteArray m_requests;
    QScopedPointer<QThread> m_thread;
};

} // namespace

class TestRtspPublisher : public QObject
{
    Q_OBJECT
    H264Encoder m_encoder;

private slots:
    void initTestCase()
    {
        H264Encoder::Config config;
        config.encoder = QStringLiteral("libx264");
        config.width = 160;
        config.height = 120;
        QVERIFY(m_encoder.open(config));
    }

    void refusedCredentialsAreNamedAndNeverShown()
    {
        RefusingServer server;
        RtspPublisher publisher;
        const QString url = RtspPublisher::urlWithCredentials(
            QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(server.port()), QStringLiteral("alice"),
            QStringLiteral("pa:ss@word"));
        QVERIFY(!publisher.open(url, m_encoder.context()));
        QVERIFY2(publisher.error().contains(QStringLiteral("401")), qPrintable(publisher.error()));
        QVERIFY(publisher.error().contains(QStringLiteral("stream/password")));
        QVERIFY(!publisher.error().contains(QStringLiteral("pa:ss@word")));
        QVERIFY(!publisher.error().contains(QStringLiteral("pa%3Ass%40word")));
        // The credentials from the settings were offered to the server.
        QVERIFY2(server.requests().contains("Authorization: Basic " +
                                            QByteArray("alice:pa:ss@word").toBase64()),
                 server.requests().constData());
    }

    void nothingListeningIsConnectionRefused()
    {
        RtspPublisher publisher;
        const quint16 port = TestSupport::freePort();
        QVERIFY(!publisher.open(QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(port),
                                m_encoder.context()));
        QVERIFY2(publisher.error().contains(QStringLiteral("connection refused")),
                 qPrintable(publisher.error()));
        QVERIFY(!publisher.isOpen());
    }

    void credentialsInTheUrlWin()
    {
        const QString url = RtspPublisher::urlWithCredentials(
            QStringLiteral("rtsp://bob:x@h/cam"), QStringLiteral("alice"), QStringLiteral("y"));
        QCOMPARE(url, QStringLiteral("rtsp://bob:x@h/cam"));
        QCOMPARE(RtspPublisher::urlWithCredentials(QStringLiteral("rtsp://h:8554/cam"), {}, {}),
                 QStringLiteral("rtsp://h:8554/cam"));
    }
};

QTEST_GUILESS_MAIN(TestRtspPublisher)
#include "test_rtsppublisher.moc"
