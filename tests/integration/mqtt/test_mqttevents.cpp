// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Events, snapshots, remote control and the guardian's Home Assistant
// entities against a real mosquitto, wired as main() wires them
// (EventService -> MqttService, RemoteControl as the command handler):
// - an event that starts and ends while the broker is away, with the
//   program restarted in between, arrives once the broker is back, start
//   and end with one id, like the readings (the outbox);
// - a snapshot command publishes a decodable JPEG retained and says so;
// - stream and detection commands switch and are acknowledged on their
//   retained state topics; malformed ones are refused with a logged and
//   published reason and change nothing;
// - discovery: every guardian entity retained, on the sensors' device.

#include "config/settings.h"
#include "events/eventjson.h"
#include "events/eventservice.h"
#include "events/remotecontrol.h"
#include "mosquittobroker.h"
#include "mosquittosubscriber.h"
#include "mqtt/homeassistantdiscovery.h"
#include "mqtt/mqttservice.h"
#include "streamstandin.h"
#include "version.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

using TestSupport::MosquittoBroker;
using TestSupport::MosquittoSubscriber;
using TestSupport::StreamStandIn;

namespace {

const QString eventTopic = QStringLiteral("picam/testpi/event");
const QString snapshotTopic = QStringLiteral("picam/testpi/snapshot");
const QString refusedTopic = QStringLiteral("picam/testpi/state/refused");

Frame grey(int width, int height, int luma)
{
    Frame f = Frame::allocate(width, height);
    std::memset(f.mutablePlane(0), luma, size_t(f.stride(0)) * f.planeHeight(0));
    for (int p = 1; p < Frame::PlaneCount; ++p)
        std::memset(f.mutablePlane(p), 128, size_t(f.stride(p)) * f.planeHeight(p));
    f.setTimestampNs(Frame::monotonicNowNs());
    return f;
}

QJsonObject json(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object();
}

} // namespace

class TestMqttEvents : public QObject
{
    Q_OBJECT

    std::unique_ptr<Settings> settings(quint16 port, const QStringList &extra = {})
    {
        auto s = std::make_unique<Settings>();
        const QStringList base{
            QStringLiteral("device/name=testpi"),
            QStringLiteral("mqtt/url=tcp://127.0.0.1:%1").arg(port),
            QStringLiteral("mqtt/client_id=picam-events-%1").arg(++m_clients),
        };
        for (const QString &a : base + extra) {
            const auto problem = s->override(a);
            if (!problem.message.isEmpty())
                qWarning() << problem.message;
        }
        return s;
    }

    // main()'s wiring of events to MQTT.
    static void wire(EventService &events, MqttService &mqtt)
    {
        connect(&events, &EventService::eventStarted, &mqtt, &MqttService::publishEventStarted);
        connect(&events, &EventService::eventEnded, &mqtt, &MqttService::publishEventEnded);
        connect(&events, &EventService::snapshotReady, &mqtt, &MqttService::publishSnapshot);
        connect(&events, &EventService::snapshotFailed, &mqtt, &MqttService::publishSnapshotFailed);
    }

    int m_clients = 0;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Service::State>();
        qRegisterMetaType<Event>();
    }

    void anEventSurvivesABrokerOutageAndARestart()
    {
        MosquittoBroker broker;
        broker.setPersistence(true);
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {eventTopic}, QStringLiteral("events-outage-subscriber")));
        QTemporaryDir buffer;
        QTemporaryDir eventDir;
        const auto s = settings(port, {QStringLiteral("mqtt/homeassistant=false")});

        EventService events(*s);
        events.setDirectory(eventDir.path());
        events.start();
        auto mqtt = std::make_unique<MqttService>(*s);
        mqtt->setBufferDirectory(buffer.path());
        wire(events, *mqtt);
        mqtt->start();
        QTRY_COMPARE_WITH_TIMEOUT(mqtt->state(), Service::State::Running, 15000);

        // Before the outage: arrives as EventJson writes it.
        QSignalSpy ended(&events, &EventService::eventEnded);
        events.startTamper({1000, 0, 20, 0.1});
        events.endTamper({1000, 2000, 25, 0.2});
        QVERIFY(sub.waitForCount(2, eventTopic));
        QCOMPARE(sub.messages(eventTopic).at(1).payload,
                 EventJson::toJson(ended.first().first().value<Event>(), QStringLiteral("testpi"),
                                   EventJson::Phase::End));

        QVERIFY(broker.stop());
        QTRY_VERIFY_WITH_TIMEOUT(mqtt->state() != Service::State::Running, 15000);
        events.startTamper({5000, 0, 30, 0});
        events.endTamper({5000, 9000, 45, 0.6});
        QCOMPARE(ended.count(), 2);
        const Event during = ended.last().first().value<Event>();
        QTRY_COMPARE(mqtt->stats().buffered, 2);
        // The program stops and starts again while the broker is away.
        mqtt.reset();
        mqtt = std::make_unique<MqttService>(*s);
        mqtt->setBufferDirectory(buffer.path());
        wire(events, *mqtt);
        mqtt->start();
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QTRY_COMPARE_WITH_TIMEOUT(mqtt->state(), Service::State::Running, 40000);
        QVERIFY(sub.waitForCount(4, eventTopic, 30000));
        const auto messages = sub.messages(eventTopic);
        QCOMPARE(json(messages.at(2).payload).value("id").toString(), during.id);
        QCOMPARE(json(messages.at(2).payload).value("phase").toString(), QStringLiteral("start"));
        QCOMPARE(messages.at(3).payload,
                 EventJson::toJson(during, QStringLiteral("testpi"), EventJson::Phase::End));
        QCOMPARE(mqtt->stats().dropped, 0);
        // Tamper is over: its retained state says so.
        bool ok = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            MosquittoSubscriber::retained(port, QStringLiteral("picam/testpi/state/tamper"), &ok) ==
                    "OFF" &&
                ok,
            10000);
    }

    void snapshotsAndCommands()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QTemporaryDir buffer;
        QTemporaryDir eventDir;
        const auto s = settings(port, {QStringLiteral("mqtt/homeassistant=false")});
        SnapshotGrabber grabber;
        EventService events(*s, &grabber);
        events.setDirectory(eventDir.path());
        events.start();
        StreamStandIn stream;
        stream.start();
        MqttService mqtt(*s);
        mqtt.setBufferDirectory(buffer.path());
        wire(events, mqtt);
        RemoteControl::connect(RemoteControl(*s, stream, events), mqtt);
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {QStringLiteral("picam/testpi/state/#"), eventTopic}));
        mqtt.start();
        QTRY_COMPARE_WITH_TIMEOUT(mqtt.state(), Service::State::Running, 15000);
        // The switches' states on connect.
        const QString streamState = QStringLiteral("picam/testpi/state/stream");
        const QString detectionState = QStringLiteral("picam/testpi/state/detection");
        QVERIFY(sub.waitForCount(1, streamState));
        QCOMPARE(sub.messages(streamState).constLast().payload, QByteArray("ON"));
        QVERIFY(sub.waitForCount(1, detectionState));
        QCOMPARE(sub.messages(detectionState).constLast().payload, QByteArray("ON"));

        // Snapshot: the JPEG retained, decodable, and acknowledged.
        QVERIFY(MosquittoSubscriber::publish(port, QStringLiteral("picam/testpi/set/snapshot"),
                                             "PRESS"));
        QTRY_COMPARE_WITH_TIMEOUT(grabber.waiting(), 1, 10000);
        QSignalSpy snapshots(&events, &EventService::snapshotReady);
        grabber.present(grey(320, 180, 100));
        QVERIFY(snapshots.wait(10000));
        const QString snapshotState = QStringLiteral("picam/testpi/state/snapshot");
        QVERIFY(sub.waitForCount(1, snapshotState));
        QCOMPARE(json(sub.messages(snapshotState).first().payload).value("ok").toBool(), true);
        bool ok = false;
        const QByteArray jpeg = MosquittoSubscriber::retained(port, snapshotTopic, &ok);
        QVERIFY(ok);
        QCOMPARE(jpeg, snapshots.first().first().toByteArray());
        QCOMPARE(QImage::fromData(jpeg, "JPEG").size(), QSize(320, 180));

        // Stream off and on: the service follows, the state acknowledges.
        QVERIFY(
            MosquittoSubscriber::publish(port, QStringLiteral("picam/testpi/set/stream"), "OFF"));
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), Service::State::Stopped, 10000);
        QVERIFY(sub.waitForCount(2, streamState));
        QCOMPARE(sub.messages(streamState).constLast().payload, QByteArray("OFF"));
        QCOMPARE(s->boolValue(QStringLiteral("stream/enabled")), false);
        QVERIFY(
            MosquittoSubscriber::publish(port, QStringLiteral("picam/testpi/set/stream"), "on"));
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), Service::State::Running, 10000);
        QVERIFY(sub.waitForCount(3, streamState));
        QCOMPARE(sub.messages(streamState).constLast().payload, QByteArray("ON"));

        // Detection off: a tamper report is no event.
        QVERIFY(MosquittoSubscriber::publish(port, QStringLiteral("picam/testpi/set/detection"),
                                             "OFF"));
        QTRY_VERIFY_WITH_TIMEOUT(!events.detectionEnabled(), 10000);
        QVERIFY(sub.waitForCount(2, detectionState));
        QCOMPARE(sub.messages(detectionState).constLast().payload, QByteArray("OFF"));
        QSignalSpy started(&events, &EventService::eventStarted);
        events.startTamper({1000, 0, 30, 0});
        QCOMPARE(started.count(), 0);

        // Malformed: refused with a reason, logged and published; nothing changes.
        QSignalSpy refused(&mqtt, &MqttService::commandRefused);
        const struct
        {
            const char *topic;
            QByteArray payload;
            const char *reason;
        } bad[] = {
            {"picam/testpi/set/stream", "maybe", "send ON or OFF"},
            {"picam/testpi/set/detection", "\x1b[2JON", "is not plain text"},
            {"picam/testpi/set/detection", QByteArray(100, 'O'), "too long"},
            {"picam/testpi/set/reboot", "ON", "unknown command"},
            {"picam/testpi/set/snapshot", "ON", "send PRESS or nothing"},
        };
        for (const auto &b : bad) {
            QTest::ignoreMessage(
                QtWarningMsg,
                QRegularExpression(QStringLiteral("refused the command on .*%1")
                                       .arg(QRegularExpression::escape(QLatin1String(b.reason)))));
            QVERIFY(MosquittoSubscriber::publish(port, QString::fromLatin1(b.topic), b.payload));
        }
        QVERIFY(sub.waitForCount(int(std::size(bad)), refusedTopic));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), int(std::size(bad)), 10000);
        const auto refusals = sub.messages(refusedTopic);
        for (qsizetype i = 0; i < refusals.size(); ++i) {
            const QJsonObject o = json(refusals.at(i).payload);
            QCOMPARE(o.value("topic").toString(), QString::fromLatin1(bad[i].topic));
            QVERIFY2(o.value("reason").toString().contains(QLatin1String(bad[i].reason)),
                     refusals.at(i).payload.constData());
        }
        QCOMPARE(stream.state(), Service::State::Running);
        QVERIFY(!events.detectionEnabled());
        QCOMPARE(grabber.waiting(), 0);
        QCOMPARE(sub.messages(streamState).size(), 3);
        QCOMPARE(sub.messages(detectionState).size(), 2);
        QCOMPARE(mqtt.state(), Service::State::Running);

        // With mqtt/commands=false nothing is taken at all.
        mqtt.stop();
        QVERIFY(s->override(QStringLiteral("mqtt/commands=false")).message.isEmpty());
        mqtt.start();
        QTRY_COMPARE_WITH_TIMEOUT(mqtt.state(), Service::State::Running, 15000);
        QVERIFY(
            MosquittoSubscriber::publish(port, QStringLiteral("picam/testpi/set/detection"), "ON"));
        QVERIFY(MosquittoSubscriber::publish(port, QStringLiteral("picam/testpi/set/x"), "ON"));
        QTest::qWait(1000); // nothing is to happen: give it the time it would take
        QVERIFY(!events.detectionEnabled());
        QCOMPARE(refused.count(), int(std::size(bad)));
    }

    void guardianDiscoveryIsRetained()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QTemporaryDir buffer;
        const auto s = settings(port);
        MqttService mqtt(*s);
        mqtt.setBufferDirectory(buffer.path());
        mqtt.start();
        QTRY_COMPARE_WITH_TIMEOUT(mqtt.state(), Service::State::Running, 15000);
        const HomeAssistantDiscovery::Device device{
            QStringLiteral("testpi"), QStringLiteral("sensors/metrics"),
            QStringLiteral("picam/testpi/status"), QStringLiteral(PICAM_VERSION)};
        const auto expected = HomeAssistantDiscovery::guardianConfigs(device, true);
        QCOMPARE(expected.size(), 10);
        for (const auto &m : expected) {
            bool ok = false;
            QTRY_VERIFY_WITH_TIMEOUT(
                MosquittoSubscriber::retained(port, m.topic, &ok) == m.payload && ok, 10000);
        }
        // The sensors' device is the guardian's device.
        bool ok = false;
        const QJsonObject sensor = json(MosquittoSubscriber::retained(
            port, HomeAssistantDiscovery::configs(device).first().topic, &ok));
        QVERIFY(ok);
        QCOMPARE(json(expected.first().payload).value("device"), sensor.value("device"));
    }
};

QTEST_GUILESS_MAIN(TestMqttEvents)
#include "test_mqttevents.moc"
