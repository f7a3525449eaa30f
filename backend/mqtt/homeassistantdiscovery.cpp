// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "homeassistantdiscovery.h"

#include "sensors/sensorreading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace HomeAssistantDiscovery {
namespace {

struct Sensor
{
    SensorReading::Field field;
    const char *name;        // shown in Home Assistant next to the device name
    const char *deviceClass; // Home Assistant's sensor device class, if it has one
    const char *icon;        // when there is no device class to pick one
    bool statistics;         // state_class measurement: long-term statistics
};

// Orientation and acceleration have no device class: they get an icon
// instead. Angles get no statistics, as a mean of 359 and 1 degrees says
// nothing.
constexpr Sensor sensors[] = {
    {SensorReading::TempHumidity, "Temperature (humidity sensor)", "temperature", nullptr, true},
    {SensorReading::TempPressure, "Temperature (pressure sensor)", "temperature", nullptr, true},
    {SensorReading::Humidity, "Humidity", "humidity", nullptr, true},
    {SensorReading::Pressure, "Pressure", "atmospheric_pressure", nullptr, true},
    {SensorReading::Pitch, "Pitch", nullptr, "mdi:angle-acute", false},
    {SensorReading::Roll, "Roll", nullptr, "mdi:angle-acute", false},
    {SensorReading::Yaw, "Heading", nullptr, "mdi:compass-outline", false},
    {SensorReading::AccelX, "Acceleration X", nullptr, "mdi:axis-x-arrow", true},
    {SensorReading::AccelY, "Acceleration Y", nullptr, "mdi:axis-y-arrow", true},
    {SensorReading::AccelZ, "Acceleration Z", nullptr, "mdi:axis-z-arrow", true},
    {SensorReading::CpuTemperature, "CPU temperature", "temperature", nullptr, true},
    {SensorReading::CompensatedTemperature, "Temperature", "temperature", nullptr, true},
};

} // namespace

QList<Message> configs(const Device &device)
{
    QJsonObject deviceBlock;
    deviceBlock.insert(QStringLiteral("identifiers"),
                       QJsonArray{QStringLiteral("picam_%1").arg(device.name)});
    deviceBlock.insert(QStringLiteral("name"), device.name);
    deviceBlock.insert(QStringLiteral("manufacturer"), QStringLiteral("picam-kiosk"));
    deviceBlock.insert(QStringLiteral("model"), QStringLiteral("Raspberry Pi with Sense HAT"));
    deviceBlock.insert(QStringLiteral("sw_version"), device.version);

    QList<Message> out;
    for (const Sensor &s : sensors) {
        const SensorReading::FieldInfo &info = SensorReading::info(s.field);
        const QString key = QString::fromLatin1(info.name);
        const QString uniqueId = QStringLiteral("picam_%1_%2").arg(device.name, key);
        QJsonObject o;
        o.insert(QStringLiteral("unique_id"), uniqueId);
        o.insert(QStringLiteral("object_id"), uniqueId);
        o.insert(QStringLiteral("name"), QString::fromLatin1(s.name));
        o.insert(QStringLiteral("state_topic"), device.stateTopic);
        o.insert(QStringLiteral("value_template"), QStringLiteral("{{ value_json.%1 }}").arg(key));
        if (s.deviceClass)
            o.insert(QStringLiteral("device_class"), QString::fromLatin1(s.deviceClass));
        if (s.icon)
            o.insert(QStringLiteral("icon"), QString::fromLatin1(s.icon));
        o.insert(QStringLiteral("unit_of_measurement"), QString::fromUtf8(info.unit));
        o.insert(QStringLiteral("suggested_display_precision"), info.decimals);
        if (s.statistics)
            o.insert(QStringLiteral("state_class"), QStringLiteral("measurement"));
        o.insert(QStringLiteral("availability_topic"), device.statusTopic);
        o.insert(QStringLiteral("payload_available"), QStringLiteral("online"));
        o.insert(QStringLiteral("payload_not_available"), QStringLiteral("offline"));
        o.insert(QStringLiteral("device"), deviceBlock);
        out << Message{QStringLiteral("homeassistant/sensor/%1/config").arg(uniqueId),
                       QJsonDocument(o).toJson(QJsonDocument::Compact)};
    }
    return out;
}

bool isBirthMessage(const QByteArray &payload)
{
    return payload.trimmed() == "online";
}

} // namespace HomeAssistantDiscovery
