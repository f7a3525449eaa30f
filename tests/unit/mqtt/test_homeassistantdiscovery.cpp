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
        QCOMPARE(configs.size(), 6);
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
            QCOMPARE(o.value(QStringLiteral("state_class")).toString(),
                     QStringLiteral("measurement"));
            QVERIFY(o.value(QStringLiteral("value_template"))
                        .toString()
                        .startsWith(QStringLiteral("{{ value_json.")));
            QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("device_class")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("unit_of_measurement")).toString().isEmpty());
            const QJsonObject device = o.value(QStringLiteral("device")).toObject();
            QCOMPARE(device.value(QStringLiteral("identifiers")).toArray().first().toString(),
                     QStringLiteral("picam_pi-1"));
            for (const char *key : {"name", "manufacturer", "model", "sw_version"})
                QVERIFY2(device.contains(QLatin1String(key)), key);
            ids << id;
        }
        QCOMPARE(ids.size(), 6);
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
