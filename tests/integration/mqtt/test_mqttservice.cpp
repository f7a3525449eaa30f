// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// MqttService against a real mosquitto: availability, Home Assistant
// discovery, the retained stream state, the buffer limit and no loss across
// a broker outage.

#include "config/settings.h"
#include "freeport.h"
#include "mosquittobroker.h"
#include "mosquittosubscriber.h"
#include "mqtt/mqttservice.h"
#include "mqtt/readingjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using TestSupport::MosquittoBroker;
using TestSupport::MosquittoSubscriber;

namespace {

const QString readingsTopic = QStringLiteral("sensors/metrics");
const QString statusTopic = QStringLiteral("picam/testpi/status");

SensorReading reading(qint64 ts)
{
    SensorReading r;
    r.timestampMs = ts;
    for (int f = 0; f < SensorReading::FieldCount; ++f)
        r.set(SensorReading::Field(f), 10.0 + f + 0.123);
    return r;
}

QList<qint64> timestamps(const QList<MosquittoSubscriber::Message> &messages)
{
    QList<qint64> out;
    for (const auto &m : messages)
        out << QJsonDocument::fromJson(m.payload).object().value(QStringLiteral("ts")).toInteger();
    return out;
}

} // namespace

class TestMqttService : public QObject
{
    Q_OBJECT

    // A settings object for a broker on port, plus overrides.
    std::unique_ptr<Settings> settings(quint16 port, const QStringList &extra = {})
    {
        auto s = std::make_unique<Settings>();
        const QStringList base{
            QStringLiteral("device/name=testpi"),
            QStringLiteral("mqtt/url=tcp://127.0.0.1:%1").arg(port),
            QStringLiteral("mqtt/client_id=picam-test-%1").arg(++m_clients),
        };
        for (const QString &a : base + extra) {
            const auto problem = s->override(a);
            if (!problem.message.isEmpty())
                qWarning() << problem.message;
        }
        return s;
    }

    std::unique_ptr<MqttService> service(const Settings &s)
    {
        auto service = std::make_unique<MqttService>(s);
        m_buffers.push_back(std::make_unique<QTemporaryDir>());
        service->setBufferDirectory(m_buffers.back()->path());
        return service;
    }

    int m_clients = 0;
    std::vector<std::unique_ptr<QTemporaryDir>> m_buffers;

private slots:
    void initTestCase() { qRegisterMetaType<Service::State>(); }

    void disabledServiceStops()
    {
        const auto s = settings(TestSupport::freePort(), {QStringLiteral("mqtt/enabled=false")});
        const auto mqtt = service(*s);
        mqtt->start();
        QTRY_COMPARE(mqtt->state(), Service::State::Stopped);
        mqtt->publishReading(reading(1));
        QCOMPARE(mqtt->stats().published, 0);
    }

    void impossibleSettingsFail()
    {
        QTemporaryDir dir;
        QFile cert(dir.filePath(QStringLiteral("client.crt")));
        QVERIFY(cert.open(QIODevice::WriteOnly));
        cert.close();
        const auto s = settings(TestSupport::freePort(),
                                {QStringLiteral("mqtt/cert_file=%1").arg(cert.fileName())});
        const auto mqtt = service(*s);
        mqtt->start();
        QCOMPARE(mqtt->state(), Service::State::Failed);
        QVERIFY2(mqtt->lastError().contains(QStringLiteral("mqtt/key_file")),
                 qPrintable(mqtt->lastError()));
        // Kept for when the settings are fixed, not thrown away.
        mqtt->publishReading(reading(1));
        QTRY_COMPARE(mqtt->stats().buffered, 1);
        QCOMPARE(mqtt->stats().dropped, 0);
    }

    void startWhileRetryingKeepsOneConnection()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        const auto s = settings(port, {QStringLiteral("mqtt/homeassistant=false")});
        const auto mqtt = service(*s);
        mqtt->start();
        QTRY_COMPARE_WITH_TIMEOUT(mqtt->state(), Service::State::Retrying, 15000);
        QVERIFY2(mqtt->lastError().contains(QStringLiteral("cannot connect")),
                 qPrintable(mqtt->lastError()));
        QVERIFY(mqtt->retryAt().isValid());
        mqtt->start(); // e.g. the screen's "start" while it waits
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QTRY_COMPARE_WITH_TIMEOUT(mqtt->state(), Service::State::Running, 30000);
        QTest::qWait(500);
        QVERIFY2(!broker.log().contains(QStringLiteral("already connected")),
                 qPrintable(broker.log()));
        QCOMPARE(mqtt->state(), Service::State::Running);
    }

    void readingsAvailabilityAndDiscovery()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        const auto s = settings(port);
        const auto mqtt = service(*s);
        MosquittoSubscriber readings;
        QVERIFY(readings.start(port, {readingsTopic}));
        mqtt->start();
        QTRY_COMPARE_WITH_TIMEOUT(mqtt->state(), Service::State::Running, 15000);

        // Availability: retained "online" once connected.
        bool ok = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            MosquittoSubscriber::retained(port, statusTopic, &ok) == "online" && ok, 10000);

        // A reading arrives exactly as ReadingJson writes it.
        const SensorReading r = reading(1700000000123);
        mqtt->publishReading(r);
        QVERIFY(readings.waitForCount(1, readingsTopic));
        QCOMPARE(readings.messages(readingsTopic).first().payload,
                 ReadingJson::toJson(r, QStringLiteral("testpi")));
        QCOMPARE(readings.messages(readingsTopic).first().retained, false);
        QTRY_COMPARE(mqtt->stats().delivered, 1);
        QCOMPARE(mqtt->stats().published, 1);

        // Discovery: one retained config per announced sensor, with every key
        // (and the stream's fps and bitrate, checked in test_mqttevents).
        MosquittoSubscriber configs;
        QVERIFY(configs.start(port, {QStringLiteral("homeassistant/sensor/+/config")}));
        QVERIFY(configs.waitForCount(14));
        QSet<QString> topics;
        for (const auto &m : configs.messages()) {
            // Retained by the broker (those still on their way when the
            // subscriber came arrive without the flag, so ask the broker).
            ok = false;
            QCOMPARE(MosquittoSubscriber::retained(port, m.topic, &ok), m.payload);
            QVERIFY(ok);
            topics << m.topic;
            if (m.topic.contains(QStringLiteral("_stream_")))
                continue;
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(m.payload, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, m.payload.constData());
            for (const char *key : {"unique_id", "name", "state_topic", "value_template",
                                    "unit_of_measurement", "availability_topic", "device"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(m.topic, QStringLiteral("homeassistant/sensor/%1/config")
                                  .arg(o.value(QStringLiteral("unique_id")).toString()));
            QCOMPARE(o.value(QStringLiteral("state_topic")).toString(), readingsTopic);
            QCOMPARE(o.value(QStringLiteral("availability_topic")).toString(), statusTopic);
            QVERIFY(o.value(QStringLiteral("device"))
                        .toObject()
                        .contains(QStringLiteral("identifiers")));
        }
        QCOMPARE(topics.size(), 14);

        // Malformed birth messages are ignored; "online" re-sends the configs.
        QVERIFY(MosquittoSubscriber::publish(port, QStringLiteral("homeassistant/status"),
                                             QByteArray("\x01\xff{garbage", 10)));
        QVERIFY(
            MosquittoSubscriber::publish(port, QStringLiteral("homeassistant/status"), "offline"));
        QVERIFY(
            MosquittoSubscriber::publish(port, QStringLiteral("homeassistant/status"), "online"));
        QVERIFY(configs.waitForCount(28));
        QTest::qWait(1000);
        QCOMPARE(configs.messages().size(), 28);
        QCOMPARE(mqtt->state(), Service::State::Running);

        // Orderly stop: retained "offline" (the 3 s bound is checked on the
        // process in test_mqttprocess).
        mqtt->stop();
        QCOMPARE(MosquittoSubscriber::retained(port, statusTopic, &ok), QByteArray("offline"));
    }

    void streamStateIsRetainedAndRateLimited()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        const auto s = settings(port, {QStringLiteral("mqtt/homeassistant=false")});
        const auto mqtt = service(*s);
        mqtt->start();
        QTRY_COMPARE_WITH_TIMEOUT(mqtt->state(), Service::State::Running, 15000);
        const QString topic = QStringLiteral("picam/testpi/stream");
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {topic}));

        StreamStats stats;
        stats.connected = true;
        stats.fps = 29.97;
        stats.bitrate = 998000;
        stats.framesDropped = 3;
        mqtt->publishStreamStats(stats);
        QVERIFY(sub.waitForCount(1, topic));
        QJsonObject o = QJsonDocument::fromJson(sub.messages(topic).last().payload).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("streaming"));
        QCOMPARE(o.value(QStringLiteral("fps")).toDouble(), 30.0);
        QCOMPARE(o.value(QStringLiteral("dropped_frames")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("last_error")).isNull());

        // Same state: nothing. New fps within 10 s: held back.
        mqtt->publishStreamStats(stats);
        stats.fps = 25;
        mqtt->publishStreamStats(stats);
        QTest::qWait(1000);
        QCOMPARE(sub.messages(topic).size(), 1);

        // The stream going down is sent at once.
        stats.connected = false;
        stats.lastError = QStringLiteral("server closed the connection");
        mqtt->publishStreamStats(stats);
        QVERIFY(sub.waitForCount(2, topic, 5000));
        o = QJsonDocument::fromJson(sub.messages(topic).last().payload).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
        QCOMPARE(o.value(QStringLiteral("last_error")).toString(), stats.lastError);
        bool ok = false;
        const QByteArray retained = MosquittoSubscriber::retained(port, topic, &ok);
        QVERIFY(ok);
        QCOMPARE(QJsonDocument::fromJson(retained).object().value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("down")));
    }

    void bufferLimitKeepsTheNewestAndCountsTheDropped()
    {
        MosquittoBroker broker;
        broker.setPersistence(true);
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {readingsTopic}, QStringLiteral("limit-subscriber")));
        const auto s = settings(port, {QStringLiteral("mqtt/buffer_limit=5"),
                                       QStringLiteral("mqtt/homeassistant=false")});
        const auto mqtt = service(*s);
        mqtt->start();
        QTRY_COMPARE_WITH_TIMEOUT(mqtt->state(), Service::State::Running, 15000);

        QVERIFY(broker.stop());
        QTRY_COMPARE_WITH_TIMEOUT(mqtt->state(), Service::State::Retrying, 15000);
        for (int i = 0; i < 20; ++i)
            mqtt->publishReading(reading(5000 + i));
        QSignalSpy statsSpy(mqtt.get(), &MqttService::statsChanged);
        QTRY_COMPARE(mqtt->stats().dropped, 15);
        QCOMPARE(mqtt->stats().buffered, 5);
        QTRY_VERIFY(!statsSpy.isEmpty());
        QCOMPARE(statsSpy.last().first().value<MqttStats>().dropped, 15);

        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QVERIFY(sub.waitForCount(5, readingsTopic, 45000));
        QTest::qWait(1000);
        QCOMPARE(timestamps(sub.messages(readingsTopic)),
                 (QList<qint64>{5015, 5016, 5017, 5018, 5019}));
        QTRY_COMPARE(mqtt->stats().buffered, 0);
        QCOMPARE(mqtt->stats().delivered, 5);
        QCOMPARE(mqtt->stats().dropped, 15);
    }

    void noLossAcrossATenSecondOutage()
    {
        MosquittoBroker broker;
        broker.setPersistence(true);
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {readingsTopic}, QStringLiteral("outage-subscriber")));
        const auto s = settings(port, {QStringLiteral("mqtt/homeassistant=false")});
        const auto mqtt = service(*s);
        mqtt->start();
        QTRY_COMPARE_WITH_TIMEOUT(mqtt->state(), Service::State::Running, 15000);

        qint64 next = 100000;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, mqtt.get(),
                [&] { mqtt->publishReading(reading(next++)); });
        sampler.start(200);
        QTest::qWait(1000);
        QVERIFY(broker.stop());
        const qint64 firstDuringOutage = next;
        QTest::qWait(10000);
        const qint64 lastDuringOutage = next - 1;
        QVERIFY2(lastDuringOutage - firstDuringOutage >= 20,
                 "the sampler did not run during the outage");
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QTRY_COMPARE_WITH_TIMEOUT(mqtt->state(), Service::State::Running, 40000);
        QTest::qWait(1000);
        sampler.stop();
        const qint64 total = next - 100000;

        // Duplicates (QoS 1 redelivery) do not count towards "all arrived".
        const auto distinct = [&sub] {
            const QList<qint64> ts = timestamps(sub.messages(readingsTopic));
            return QSet<qint64>(ts.cbegin(), ts.cend()).size();
        };
        QDeadlineTimer deadline(30000);
        while (distinct() < total && !deadline.hasExpired())
            sub.waitForCount(int(sub.messages(readingsTopic).size()) + 1, readingsTopic, 1000);
        QVERIFY2(
            distinct() == total,
            qPrintable(QStringLiteral("%1 of %2 readings arrived").arg(distinct()).arg(total)));
        // In capture order, none missing; a QoS 1 redelivery may repeat one.
        QList<qint64> received = timestamps(sub.messages(readingsTopic));
        QList<qint64> unique;
        QSet<qint64> seen;
        for (qint64 ts : received)
            if (!seen.contains(ts)) {
                seen << ts;
                unique << ts;
            }
        QList<qint64> expected;
        for (qint64 ts = 100000; ts < next; ++ts)
            expected << ts;
        QCOMPARE(unique, expected);
        qInfo() << total << "readings," << lastDuringOutage - firstDuringOutage + 1
                << "during the outage," << received.size() - unique.size() << "duplicates";
        QCOMPARE(mqtt->stats().dropped, 0);
    }
};

QTEST_GUILESS_MAIN(TestMqttService)
#include "test_mqttservice.moc"
