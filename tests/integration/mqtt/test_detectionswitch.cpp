// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The detection switch has one state, against a real mosquitto, wired as
// main() and the kiosk screen wire it (EventService owns the switch;
// RemoteControl for MQTT, GuardianWiring for the screen, MotionLink for the
// detector):
// - a tap on the screen's switch shows on picam/{device}/state/detection
//   (retained) and switches the detector;
// - a command over MQTT moves the screen's switch and the detector;
// - a change of motion/enabled (the settings panel) moves all three.

#include "config/settings.h"
#include "events/eventservice.h"
#include "events/motionlink.h"
#include "events/remotecontrol.h"
#include "mosquittobroker.h"
#include "mosquittosubscriber.h"
#include "motionstandin.h"
#include "mqtt/mqttservice.h"
#include "streamstandin.h"
#include "ui/eventnotice.h"
#include "ui/guardianwiring.h"
#include "ui/motionindicator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::MosquittoBroker;
using TestSupport::MosquittoSubscriber;
using TestSupport::MotionStandIn;
using TestSupport::StreamStandIn;

class TestDetectionSwitch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<Service::State>(); }

    void oneStateForTheScreenMqttAndTheSetting()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QTemporaryDir buffer;
        QTemporaryDir eventDir;
        Settings settings;
        for (const QString &a : {QStringLiteral("device/name=testpi"),
                                 QStringLiteral("mqtt/url=tcp://127.0.0.1:%1").arg(port),
                                 QStringLiteral("mqtt/client_id=picam-detection-switch"),
                                 QStringLiteral("mqtt/homeassistant=false")})
            QCOMPARE(settings.override(a).message, QString());

        // main(): the detector follows the events service's switch.
        EventService events(settings);
        events.setDirectory(eventDir.path());
        MotionStandIn detector;
        MotionLink link;
        link.attach(detector);
        connect(&events, &EventService::detectionEnabledChanged, &link,
                &MotionLink::setDetectionEnabled);
        StreamStandIn stream;
        MqttService mqtt(settings);
        mqtt.setBufferDirectory(buffer.path());
        RemoteControl::connect(RemoteControl(settings, stream, events), mqtt);
        // The kiosk screen.
        MotionIndicator indicator(&settings);
        indicator.setAvailable(true);
        EventNotice notice;
        GuardianWiring::connect(indicator, notice, events);

        const QString state = QStringLiteral("picam/testpi/state/detection");
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {state}));
        events.start();
        detector.start();
        stream.start();
        mqtt.start();
        QTRY_COMPARE_WITH_TIMEOUT(mqtt.state(), Service::State::Running, 15000);
        QVERIFY(sub.waitForCount(1, state));
        QCOMPARE(sub.messages(state).constLast().payload, QByteArray("ON"));
        QVERIFY(indicator.detectionEnabled());

        // A tap on the screen's switch (ControlBar's motion button).
        QSignalSpy shown(&indicator, &MotionIndicator::detectionEnabledChanged);
        indicator.requestDetection(false);
        QCOMPARE(shown.count(), 1);
        QVERIFY(!indicator.detectionEnabled());
        QVERIFY(!events.detectionEnabled());
        QVERIFY(!detector.detectionEnabled());
        QVERIFY(sub.waitForCount(2, state));
        QCOMPARE(sub.messages(state).constLast().payload, QByteArray("OFF"));
        bool ok = false;
        QCOMPARE(MosquittoSubscriber::retained(port, state, &ok), QByteArray("OFF"));
        QVERIFY(ok);

        // A command over MQTT moves the screen's switch.
        QVERIFY(
            MosquittoSubscriber::publish(port, QStringLiteral("picam/testpi/set/detection"), "ON"));
        QTRY_VERIFY_WITH_TIMEOUT(indicator.detectionEnabled(), 10000);
        QCOMPARE(shown.count(), 2);
        QVERIFY(detector.detectionEnabled());
        QVERIFY(sub.waitForCount(3, state));
        QCOMPARE(sub.messages(state).constLast().payload, QByteArray("ON"));

        // The settings panel's Apply of motion/enabled=false.
        QCOMPARE(settings.setValue(QStringLiteral("motion/enabled"), QStringLiteral("false")),
                 QString());
        QVERIFY(!indicator.detectionEnabled());
        QVERIFY(!detector.detectionEnabled());
        QVERIFY(sub.waitForCount(4, state));
        QCOMPARE(sub.messages(state).constLast().payload, QByteArray("OFF"));
        QCOMPARE(MosquittoSubscriber::retained(port, state, &ok), QByteArray("OFF"));
        QVERIFY(ok);

        mqtt.stop();
        events.stop();
    }
};

QTEST_GUILESS_MAIN(TestDetectionSwitch)
#include "test_detectionswitch.moc"
