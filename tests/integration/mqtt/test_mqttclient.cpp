// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// MqttClient against a real mosquitto: transports (tcp, ws, ssl, wss),
// passwords, certificate checks and the readable reasons of each failure.

#include "freeport.h"
#include "mosquittobroker.h"
#include "mosquittosubscriber.h"
#include "mqtt/mqttclient.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::MosquittoBroker;
using TestSupport::MosquittoSubscriber;
using Protocol = MosquittoBroker::Protocol;
Q_DECLARE_METATYPE(TestSupport::MosquittoBroker::Protocol)

namespace {

MqttClient::Options options(const QString &url)
{
    MqttClient::Options o;
    o.url = url;
    o.clientId = QStringLiteral("test-client-%1").arg(QCoreApplication::applicationPid());
    o.connectTimeout = std::chrono::seconds(5);
    return o;
}

bool waitForState(MqttClient &client, MqttClient::State state, int timeoutMs = 20000)
{
    QSignalSpy spy(&client, &MqttClient::stateChanged);
    QDeadlineTimer deadline(timeoutMs);
    while (client.state() != state && !deadline.hasExpired())
        spy.wait(int(qMin<qint64>(500, qMax<qint64>(1, deadline.remainingTime()))));
    return client.state() == state;
}

} // namespace

class TestMqttClient : public QObject
{
    Q_OBJECT

    // A live message goes through the broker to an independent subscriber.
    void verifyRoundTrip(MqttClient &client, quint16 subscriberPort)
    {
        MosquittoSubscriber sub;
        QVERIFY(sub.start(subscriberPort, {QStringLiteral("test/roundtrip")}));
        client.publishLive(QStringLiteral("test/roundtrip"), "hello", false);
        QVERIFY(sub.waitForCount(1, QStringLiteral("test/roundtrip")));
        QCOMPARE(sub.messages(QStringLiteral("test/roundtrip")).first().payload,
                 QByteArray("hello"));
    }

private slots:
    void tcpConnectsAndPublishes()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MqttClient client;
        QSignalSpy connected(&client, &MqttClient::connected);
        QVERIFY(client.open(options(broker.url(QStringLiteral("tcp"), port))));
        QVERIFY(connected.wait(10000));
        QCOMPARE(client.state(), MqttClient::State::Connected);
        verifyRoundTrip(client, port);
    }

    void websocketConnects()
    {
        MosquittoBroker broker;
        const quint16 plain = broker.addListener(Protocol::Mqtt);
        const quint16 ws = broker.addListener(Protocol::WebSockets);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MqttClient client;
        QVERIFY(client.open(options(broker.url(QStringLiteral("ws"), ws))));
        QVERIFY2(waitForState(client, MqttClient::State::Connected), qPrintable(client.reason()));
        verifyRoundTrip(client, plain);
    }

    void rightPasswordConnects()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(Protocol::Mqtt, false, true);
        QVERIFY2(broker.addUser(QStringLiteral("alice"), QStringLiteral("s3cret")),
                 qPrintable(broker.error()));
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MqttClient client;
        auto o = options(broker.url(QStringLiteral("tcp"), port));
        o.username = QStringLiteral("alice");
        o.password = QStringLiteral("s3cret");
        QVERIFY(client.open(o));
        QVERIFY2(waitForState(client, MqttClient::State::Connected), qPrintable(client.reason()));
    }

    void wrongPasswordIsNotAuthorisedWithoutATightLoop()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(Protocol::Mqtt, false, true);
        QVERIFY(broker.addUser(QStringLiteral("alice"), QStringLiteral("s3cret")));
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MqttClient client;
        auto o = options(broker.url(QStringLiteral("tcp"), port));
        o.username = QStringLiteral("alice");
        o.password = QStringLiteral("wrong");
        QVERIFY(client.open(o));
        QVERIFY(waitForState(client, MqttClient::State::Retrying));
        qInfo().noquote() << "reason:" << client.reason();
        QVERIFY2(client.reason().contains(QStringLiteral("not authorised")),
                 qPrintable(client.reason()));
        QVERIFY2(!client.reason().contains(QStringLiteral("wrong\"")), "password leaked");
        // Back-off 1 s, 2 s, 4 s: in 5 s at most 4 attempts, however fast
        // the broker says no.
        QTest::qWait(5000);
        QVERIFY2(client.attempts() <= 4, qPrintable(QString::number(client.attempts())));
        QVERIFY(client.attempts() >= 2);
        QCOMPARE(client.state() == MqttClient::State::Connected, false);
    }

    void tlsWithPrivateCa_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("ssl") << Protocol::Mqtt << QStringLiteral("ssl");
        QTest::newRow("wss") << Protocol::WebSockets << QStringLiteral("wss");
    }
    void tlsWithPrivateCa()
    {
        QFETCH(Protocol, protocol);
        QFETCH(QString, scheme);
        MosquittoBroker broker;
        const quint16 plain = broker.addListener(Protocol::Mqtt);
        const quint16 tls = broker.addListener(protocol, true);
        QVERIFY2(broker.makeCertificates(), qPrintable(broker.error()));
        QVERIFY2(broker.start(), qPrintable(broker.error()));

        MqttClient client;
        auto o = options(broker.url(scheme, tls));
        o.caFile = broker.caFile();
        QVERIFY(client.open(o));
        QVERIFY2(waitForState(client, MqttClient::State::Connected), qPrintable(client.reason()));
        verifyRoundTrip(client, plain);
        client.close({}, {}, std::chrono::seconds(2));

        // The same server is refused without the CA (system trust store).
        MqttClient untrusting;
        QVERIFY(untrusting.open(options(broker.url(scheme, tls))));
        QVERIFY(waitForState(untrusting, MqttClient::State::Retrying));
        qInfo().noquote() << "reason:" << untrusting.reason();
        QVERIFY2(untrusting.reason().contains(QStringLiteral("certificate")),
                 qPrintable(untrusting.reason()));
    }

    void clientCertificate()
    {
        MosquittoBroker broker;
        const quint16 tls = broker.addListener(Protocol::Mqtt, true, false, true);
        QVERIFY2(broker.makeCertificates(), qPrintable(broker.error()));
        QVERIFY2(broker.makeClientCertificate(), qPrintable(broker.error()));
        QVERIFY2(broker.start(), qPrintable(broker.error()));

        MqttClient client;
        auto o = options(broker.url(QStringLiteral("ssl"), tls));
        o.caFile = broker.caFile();
        o.certFile = broker.clientCertFile();
        o.keyFile = broker.clientKeyFile();
        QVERIFY(client.open(o));
        QVERIFY2(waitForState(client, MqttClient::State::Connected), qPrintable(client.reason()));
        client.close({}, {}, std::chrono::seconds(2));

        // Without one the broker refuses the handshake.
        MqttClient anonymous;
        o.certFile.clear();
        o.keyFile.clear();
        QVERIFY(anonymous.open(o));
        QVERIFY(waitForState(anonymous, MqttClient::State::Retrying));
        qInfo().noquote() << "reason:" << anonymous.reason();
        QVERIFY2(anonymous.reason().contains(QStringLiteral("client certificate")),
                 qPrintable(anonymous.reason()));
    }

    void certificateWithoutKeyFails()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("client.crt"));
        QFile f(cert);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        MqttClient client;
        auto o = options(QStringLiteral("ssl://localhost:8883"));
        o.certFile = cert;
        QVERIFY(!client.open(o));
        QCOMPARE(client.state(), MqttClient::State::Failed);
        QVERIFY2(client.reason().contains(QStringLiteral("mqtt/key_file")),
                 qPrintable(client.reason()));
    }

    void unknownHostHasItsOwnReason()
    {
        MqttClient client;
        QVERIFY(client.open(options(QStringLiteral("tcp://no-such-broker.invalid:1883"))));
        QVERIFY(waitForState(client, MqttClient::State::Retrying));
        qInfo().noquote() << "reason:" << client.reason();
        QVERIFY2(client.reason().contains(QStringLiteral("unknown host")),
                 qPrintable(client.reason()));
        QVERIFY2(client.reason().contains(QStringLiteral("no-such-broker.invalid")),
                 qPrintable(client.reason()));
    }

    void nothingListeningHasItsOwnReason()
    {
        const quint16 port = TestSupport::freePort();
        MqttClient client;
        QVERIFY(client.open(options(QStringLiteral("tcp://127.0.0.1:%1").arg(port))));
        QVERIFY(waitForState(client, MqttClient::State::Retrying));
        QVERIFY2(
            client.reason().contains(QStringLiteral("cannot connect to 127.0.0.1:%1").arg(port)),
            qPrintable(client.reason()));
        QVERIFY(client.retryDelay() >= std::chrono::milliseconds(500));
    }

    void wrongSchemeForThePort()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MqttClient client;
        QVERIFY(client.open(options(broker.url(QStringLiteral("ws"), port))));
        QVERIFY(waitForState(client, MqttClient::State::Retrying));
        qInfo().noquote() << "reason:" << client.reason();
        QVERIFY2(client.reason().contains(QStringLiteral("scheme and port")),
                 qPrintable(client.reason()));
    }

    void unreadableCaFileFails()
    {
        MqttClient client;
        QSignalSpy states(&client, &MqttClient::stateChanged);
        auto o = options(QStringLiteral("ssl://localhost:8883"));
        o.caFile = QStringLiteral("/nonexistent/ca.pem");
        QVERIFY(!client.open(o));
        QCOMPARE(client.state(), MqttClient::State::Failed);
        QVERIFY(client.reason().contains(QStringLiteral("mqtt/ca_file")));
        QCOMPARE(states.size(), 1);
    }

    void everyPublishIsConfirmedOnceInOrder()
    {
        // The Outbox relies on this: one delivered(id, true) per publish, and
        // the broker gets them in the order they were handed over.
        MosquittoBroker broker;
        const quint16 port = broker.addListener(Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {QStringLiteral("test/readings")}, QStringLiteral("confirm-sub")));
        MqttClient client;
        QSignalSpy delivered(&client, &MqttClient::delivered);
        QVERIFY(client.open(options(broker.url(QStringLiteral("tcp"), port))));
        QVERIFY(waitForState(client, MqttClient::State::Connected));
        QCOMPARE(client.connections(), 1);
        const int count = 200;
        for (int i = 0; i < count; ++i)
            QVERIFY(client.publish(QStringLiteral("test/readings"), QByteArray::number(i), 1, false,
                                   quint64(1000 + i)));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), count, 20000);
        QSet<quint64> ids;
        for (const auto &args : delivered) {
            QVERIFY(args.at(1).toBool());
            ids.insert(args.at(0).toULongLong());
        }
        QCOMPARE(ids.size(), count);
        QVERIFY(ids.contains(1000) && ids.contains(1000 + count - 1));
        QVERIFY(sub.waitForCount(count, QStringLiteral("test/readings"), 20000));
        int expected = 0;
        for (const auto &m : sub.messages(QStringLiteral("test/readings")))
            QCOMPARE(m.payload, QByteArray::number(expected++));
    }

    void nothingIsSentWhileDisconnected()
    {
        MqttClient client;
        QSignalSpy delivered(&client, &MqttClient::delivered);
        auto o = options(QStringLiteral("tcp://127.0.0.1:%1").arg(TestSupport::freePort()));
        QVERIFY(client.open(o));
        client.publishLive(QStringLiteral("x"), "y", true);
        QVERIFY(!client.publish(QStringLiteral("x"), "reading", 1, false, 1));
        QVERIFY(waitForState(client, MqttClient::State::Retrying));
        QVERIFY(!client.publish(QStringLiteral("x"), "reading", 1, false, 2));
        QCOMPARE(delivered.size(), 0);
        QCOMPARE(client.connections(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMqttClient)
#include "test_mqttclient.moc"
