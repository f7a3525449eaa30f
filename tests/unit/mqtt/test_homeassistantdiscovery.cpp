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
