// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// ConnectionProbe: which step of a failed connection failed.

#include "freeport.h"
#include "mqtt/connectionprobe.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TestConnectionProbe : public QObject
{
    Q_OBJECT

    static QString probe(const QString &url, const QString &caFile = {})
    {
        ConnectionProbe p;
        QSignalSpy finished(&p, &ConnectionProbe::finished);
        p.start(QUrl(url), caFile, 5000);
        if (!finished.wait(15000))
            return QStringLiteral("(no answer)");
        return finished.first().first().toString();
    }

private slots:
    void unknownHost()
    {
        const QString reason = probe(QStringLiteral("tcp://no-such-host.invalid:1883"));
        QVERIFY2(reason.startsWith(QStringLiteral("unknown host \"no-such-host.invalid\"")),
                 qPrintable(reason));
    }

    void nothingListening()
    {
        const quint16 port = TestSupport::freePort();
        const QString reason = probe(QStringLiteral("tcp://127.0.0.1:%1").arg(port));
        QVERIFY2(reason.startsWith(QStringLiteral("cannot connect to 127.0.0.1:%1").arg(port)),
                 qPrintable(reason));
    }

    void reachableGivesNoReason()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QCOMPARE(probe(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())), QString());
    }

    void tlsToAPlainServerIsAHandshakeFailure()
    {
        // A server that accepts and closes at once: no TLS behind it.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (auto *s = server.nextPendingConnection())
                s->close();
        });
        const QString reason = probe(QStringLiteral("ssl://127.0.0.1:%1").arg(server.serverPort()));
        QVERIFY2(!reason.isEmpty(), "a failed handshake must give a reason");
        QVERIFY2(reason.contains(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())),
                 qPrintable(reason));
    }

    void unreadableCaFile()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString reason = probe(QStringLiteral("ssl://127.0.0.1:%1").arg(server.serverPort()),
                                     QStringLiteral("/nonexistent/ca.pem"));
        QVERIFY2(reason.contains(QStringLiteral("mqtt/ca_file")), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "test_connectionprobe.moc"
