// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// ReadingJson: the payload the web page and Home Assistant read.

#include "mqtt/readingjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

class TestReadingJson : public QObject
{
    Q_OBJECT

    static SensorReading full()
    {
        SensorReading r;
        r.timestampMs = 1700000000123;
        r.set(SensorReading::TempHumidity, 23.456);
        r.set(SensorReading::TempPressure, 24.149);
        r.set(SensorReading::Humidity, 45.25);
        r.set(SensorReading::Pressure, 1013.254);
        r.set(SensorReading::Pitch, 2.34);
        r.set(SensorReading::Roll, 358.16);
        r.set(SensorReading::Yaw, 89.5);
        r.set(SensorReading::AccelX, 0.0249);
        r.set(SensorReading::AccelY, -0.013);
        r.set(SensorReading::AccelZ, 0.98);
        r.set(SensorReading::CpuTemperature, 51.23);
        r.set(SensorReading::CompensatedTemperature, 21.87);
        return r;
    }

private slots:
    void originalFieldsInOrderThenTsDeviceAndExtras()
    {
        QCOMPARE(ReadingJson::toJson(full(), QStringLiteral("pi-1")),
                 QByteArray("{\"temp_humidity\":23.5,\"temp_pressure\":24.1,\"humidity\":45.3,"
                            "\"pressure\":1013.25,\"pitch\":2.3,\"roll\":358.2,\"yaw\":89.5,"
                            "\"accel_x\":0.02,\"accel_y\":-0.01,\"accel_z\":0.98,"
                            "\"ts\":1700000000123,\"device\":\"pi-1\","
                            "\"temp_cpu\":51.2,\"temp_compensated\":21.9}"));
    }

    void parsesAsNumbers()
    {
        QJsonParseError error;
        const QJsonObject o =
            QJsonDocument::fromJson(ReadingJson::toJson(full(), QStringLiteral("pi")), &error)
                .object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (int f = 0; f < SensorReading::FieldCount; ++f) {
            const QString key =
                QString::fromLatin1(SensorReading::info(SensorReading::Field(f)).name);
            QVERIFY2(o.value(key).isDouble(), qPrintable(key));
        }
        QCOMPARE(o.value(QStringLiteral("ts")).toInteger(), 1700000000123);
        QCOMPARE(o.value(QStringLiteral("pressure")).toDouble(), 1013.25);
    }

    void absentAndNonFiniteValuesAreLeftOut()
    {
        SensorReading r = full();
        r.set(SensorReading::Pressure, std::nullopt);
        r.set(SensorReading::Humidity, std::numeric_limits<double>::quiet_NaN());
        r.set(SensorReading::CpuTemperature, std::numeric_limits<double>::infinity());
        const QJsonObject o =
            QJsonDocument::fromJson(ReadingJson::toJson(r, QStringLiteral("pi"))).object();
        QVERIFY(!o.contains(QStringLiteral("pressure")));
        QVERIFY(!o.contains(QStringLiteral("humidity")));
        QVERIFY(!o.contains(QStringLiteral("temp_cpu")));
        QVERIFY(o.contains(QStringLiteral("temp_humidity")));
        QVERIFY(!ReadingJson::toJson(r, QStringLiteral("pi")).contains("null"));
    }

    void smallNegativeRoundsToPlainZero()
    {
        SensorReading r;
        r.set(SensorReading::AccelX, -0.001);
        QVERIFY(ReadingJson::toJson(r, QStringLiteral("pi")).contains("\"accel_x\":0,"));
    }

    void deviceIsEscaped()
    {
        const QByteArray json = ReadingJson::toJson(SensorReading{}, QStringLiteral("a\"b"));
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("device")).toString(),
                 QStringLiteral("a\"b"));
    }
};

QTEST_GUILESS_MAIN(TestReadingJson)
#include "test_readingjson.moc"
