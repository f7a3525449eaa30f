// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// HomeAssistantDiscovery: config topics and payloads, birth messages.

#include "mqtt/homeassistantdiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestHomeAssistantDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void oneConfigPerSensorWithEveryKey()
    {
        const auto configs = HomeAssistantDiscovery::configs(
            {QStringLiteral("pi-1"), QStringLiteral("sensors/metrics"),
             QStringLiteral("picam/pi-1/status"), QStringLiteral("0.1.0")});
        // Every field of the reading: the ten of the original plus the CPU and
        // compensated temperatures.
        QCOMPARE(configs.size(), 12);
        QSet<QString> ids;
        for (const auto &c : configs) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(c.payload, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QString id = o.value(QStringLiteral("unique_id")).toString();
            QVERIFY(QRegularExpression(QStringLiteral("^[a-zA-Z0-9_-]+$")).match(id).hasMatch());
            QCOMPARE(c.topic, QStringLiteral("homeassistant/sensor/%1/config").arg(id));
            QCOMPARE(o.value(QStringLiteral("state_topic")).toString(),
                     QStringLiteral("sensors/metrics"));
            QCOMPARE(o.value(QStringLiteral("availability_topic")).toString(),
                     QStringLiteral("picam/pi-1/status"));
            QVERIFY(o.value(QStringLiteral("value_template"))
                        .toString()
                        .startsWith(QStringLiteral("{{ value_json.")));
            QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
            // Home Assistant picks an icon from the device class; without one
            // the config names an icon itself.
            QVERIFY(o.value(QStringLiteral("device_class")).toString().isEmpty() !=
                    o.value(QStringLiteral("icon")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("unit_of_measurement")).toString().isEmpty());
            const QJsonObject device = o.value(QStringLiteral("device")).toObject();
            QCOMPARE(device.value(QStringLiteral("identifiers")).toArray().first().toString(),
                     QStringLiteral("picam_pi-1"));
            for (const char *key : {"name", "manufacturer", "model", "sw_version"})
                QVERIFY2(device.contains(QLatin1String(key)), key);
            ids << id;
        }
        QCOMPARE(ids.size(), 12);
    }

    // Motion, tamper, snapshot, stream and the commands: the same device
    // block as the sensors, each on the topics the service publishes.
    void guardianEntitiesOnTheSameDevice()
    {
        const HomeAssistantDiscovery::Device device{
            QStringLiteral("pi-1"), QStringLiteral("sensors/metrics"),
            QStringLiteral("picam/pi-1/status"), QStringLiteral("0.1.0")};
        const QJsonObject sensorDevice =
            QJsonDocument::fromJson(HomeAssistantDiscovery::configs(device).first().payload)
                .object()
                .value(QStringLiteral("device"))
                .toObject();
        QHash<QString, QJsonObject> byTopic;
        for (const auto &c : HomeAssistantDiscovery::guardianConfigs(device, true)) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(c.payload, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value(QStringLiteral("device")).toObject(), sensorDevice);
            byTopic.insert(c.topic, o);
        }
        const auto config = [&byTopic](const char *topic) {
            return byTopic.value(QString::fromLatin1(topic));
        };
        QCOMPARE(byTopic.size(), 10);
        QJsonObject o = config("homeassistant/binary_sensor/picam_pi-1_motion/config");
        QCOMPARE(o.value("device_class").toString(), QStringLiteral("motion"));
        QCOMPARE(o.value("state_topic").toString(), QStringLiteral("picam/pi-1/state/motion"));
        QCOMPARE(o.value("payload_on").toString(), QStringLiteral("ON"));
        QCOMPARE(o.value("availability_topic").toString(), QStringLiteral("picam/pi-1/status"));
        o = config("homeassistant/binary_sensor/picam_pi-1_tamper/config");
        QCOMPARE(o.value("device_class").toString(), QStringLiteral("tamper"));
        QCOMPARE(o.value("state_topic").toString(), QStringLiteral("picam/pi-1/state/tamper"));
        o = config("homeassistant/image/picam_pi-1_snapshot/config");
        QCOMPARE(o.value("image_topic").toString(), QStringLiteral("picam/pi-1/snapshot"));
        QCOMPARE(o.value("content_type").toString(), QStringLiteral("image/jpeg"));
        o = config("homeassistant/button/picam_pi-1_take_snapshot/config");
        QCOMPARE(o.value("command_topic").toString(), QStringLiteral("picam/pi-1/set/snapshot"));
        QCOMPARE(o.value("payload_press").toString(), QStringLiteral("PRESS"));
        for (const char *key : {"stream", "detection"}) {
            o = byTopic.value(QStringLiteral("homeassistant/switch/picam_pi-1_%1/config")
                                  .arg(QLatin1String(key)));
            QCOMPARE(o.value("command_topic").toString(),
                     QStringLiteral("picam/pi-1/set/") + QLatin1String(key));
            QCOMPARE(o.value("state_topic").toString(),
                     QStringLiteral("picam/pi-1/state/") + QLatin1String(key));
            QCOMPARE(o.value("payload_off").toString(), QStringLiteral("OFF"));
        }
        o = config("homeassistant/sensor/picam_pi-1_stream_fps/config");
        QCOMPARE(o.value("state_topic").toString(), QStringLiteral("picam/pi-1/stream"));
        QCOMPARE(o.value("value_template").toString(), QStringLiteral("{{ value_json.fps }}"));
        o = config("homeassistant/sensor/picam_pi-1_stream_bitrate/config");
        QCOMPARE(o.value("unit_of_measurement").toString(), QStringLiteral("bit/s"));
        QCOMPARE(o.value("device_class").toString(), QStringLiteral("data_rate"));
        for (const char *phase : {"start", "end"}) {
            o = byTopic.value(
                QStringLiteral("homeassistant/device_automation/picam_pi-1_motion_%1/config")
                    .arg(QLatin1String(phase)));
            QCOMPARE(o.value("automation_type").toString(), QStringLiteral("trigger"));
            QCOMPARE(o.value("topic").toString(), QStringLiteral("picam/pi-1/event"));
            QCOMPARE(o.value("payload").toString(),
                     QStringLiteral("motion_") + QLatin1String(phase));
            QCOMPARE(o.value("value_template").toString(),
                     QStringLiteral("{{ value_json.type }}_{{ value_json.phase }}"));
        }
        // Without commands: no button and no switches.
        QCOMPARE(HomeAssistantDiscovery::guardianConfigs(device, false).size(), 7);
    }

    void unitsAndClasses()
    {
        const auto configs = HomeAssistantDiscovery::configs(
            {QStringLiteral("pi"), QStringLiteral("t"), QStringLiteral("s"), QStringLiteral("v")});
        QHash<QString, QJsonObject> byId;
        for (const auto &c : configs) {
            const QJsonObject o = QJsonDocument::fromJson(c.payload).object();
            byId.insert(o.value(QStringLiteral("unique_id")).toString(), o);
        }
        const QJsonObject pressure = byId.value(QStringLiteral("picam_pi_pressure"));
        QCOMPARE(pressure.value(QStringLiteral("device_class")).toString(),
                 QStringLiteral("atmospheric_pressure"));
        QCOMPARE(pressure.value(QStringLiteral("unit_of_measurement")).toString(),
                 QStringLiteral("hPa"));
        QCOMPARE(pressure.value(QStringLiteral("value_template")).toString(),
                 QStringLiteral("{{ value_json.pressure }}"));
        const QJsonObject humidity = byId.value(QStringLiteral("picam_pi_humidity"));
        QCOMPARE(humidity.value(QStringLiteral("unit_of_measurement")).toString(),
                 QStringLiteral("%"));
        QCOMPARE(byId.value(QStringLiteral("picam_pi_temp_humidity"))
                     .value(QStringLiteral("unit_of_measurement"))
                     .toString(),
                 QString::fromUtf8("\u00b0C"));
        QCOMPARE(pressure.value(QStringLiteral("state_class")).toString(),
                 QStringLiteral("measurement"));

        // Orientation and acceleration have no device class: an icon, the
        // unit, and statistics only where a mean means something (not for
        // angles that wrap at 360).
        const QJsonObject yaw = byId.value(QStringLiteral("picam_pi_yaw"));
        QCOMPARE(yaw.value(QStringLiteral("name")).toString(), QStringLiteral("Heading"));
        QCOMPARE(yaw.value(QStringLiteral("unit_of_measurement")).toString(),
                 QString::fromUtf8("\u00b0"));
        QVERIFY(!yaw.contains(QStringLiteral("device_class")));
        QVERIFY(!yaw.contains(QStringLiteral("state_class")));
        QCOMPARE(yaw.value(QStringLiteral("value_template")).toString(),
                 QStringLiteral("{{ value_json.yaw }}"));
        const QJsonObject accelZ = byId.value(QStringLiteral("picam_pi_accel_z"));
        QCOMPARE(accelZ.value(QStringLiteral("unit_of_measurement")).toString(),
                 QStringLiteral("g"));
        QCOMPARE(accelZ.value(QStringLiteral("state_class")).toString(),
                 QStringLiteral("measurement"));
        QVERIFY(accelZ.value(QStringLiteral("icon")).toString().startsWith(QStringLiteral("mdi:")));
    }

    void birthMessages()
    {
        QVERIFY(HomeAssistantDiscovery::isBirthMessage("online"));
        QVERIFY(HomeAssistantDiscovery::isBirthMessage(" online\n"));
        QVERIFY(!HomeAssistantDiscovery::isBirthMessage("offline"));
        QVERIFY(!HomeAssistantDiscovery::isBirthMessage(""));
        QVERIFY(!HomeAssistantDiscovery::isBirthMessage(QByteArray("onl\0ine", 7)));
        QVERIFY(!HomeAssistantDiscovery::isBirthMessage("{\"online\":true}"));
    }
};

QTEST_GUILESS_MAIN(TestHomeAssistantDiscovery)
#include "test_homeassistantdiscovery.moc"
