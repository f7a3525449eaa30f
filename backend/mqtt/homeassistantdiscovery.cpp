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

QJsonObject deviceBlock(const Device &device)
{
    QJsonObject deviceBlock;
    deviceBlock.insert(QStringLiteral("identifiers"),
                       QJsonArray{QStringLiteral("picam_%1").arg(device.name)});
    deviceBlock.insert(QStringLiteral("name"), device.name);
    deviceBlock.insert(QStringLiteral("manufacturer"), QStringLiteral("picam-kiosk"));
    deviceBlock.insert(QStringLiteral("model"), QStringLiteral("Raspberry Pi with Sense HAT"));
    deviceBlock.insert(QStringLiteral("sw_version"), device.version);
    return deviceBlock;
}

// The parts every entity of the device has.
QJsonObject entity(const Device &device, const QString &uniqueId, const QString &name)
{
    QJsonObject o;
    o.insert(QStringLiteral("unique_id"), uniqueId);
    o.insert(QStringLiteral("object_id"), uniqueId);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("availability_topic"), device.statusTopic);
    o.insert(QStringLiteral("payload_available"), QStringLiteral("online"));
    o.insert(QStringLiteral("payload_not_available"), QStringLiteral("offline"));
    o.insert(QStringLiteral("device"), deviceBlock(device));
    return o;
}

Message message(const QString &component, const QString &objectId, const QJsonObject &o)
{
    return Message{QStringLiteral("homeassistant/%1/%2/config").arg(component, objectId),
                   QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

Message message(const QString &component, const QJsonObject &o)
{
    return message(component, o.value(QStringLiteral("unique_id")).toString(), o);
}

struct Named
{
    const char *key;
    const char *name;
};
constexpr Named binarySensors[] = {{"motion", "Motion"}, {"tamper", "Tamper"}};
constexpr Named switches[] = {{"stream", "Stream"}, {"detection", "Detection"}};
constexpr const char *phases[] = {"start", "end"};

} // namespace

QList<Message> configs(const Device &device)
{
    const QJsonObject block = deviceBlock(device);
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
        o.insert(QStringLiteral("device"), block);
        out << Message{QStringLiteral("homeassistant/sensor/%1/config").arg(uniqueId),
                       QJsonDocument(o).toJson(QJsonDocument::Compact)};
    }
    return out;
}

QList<Message> guardianConfigs(const Device &device, bool commands)
{
    const QString base = QStringLiteral("picam/%1/").arg(device.name);
    const QString id = QStringLiteral("picam_%1_").arg(device.name);
    QList<Message> out;

    for (const Named &b : binarySensors) {
        const QString key = QLatin1String(b.key);
        QJsonObject o = entity(device, id + key, QLatin1String(b.name));
        o.insert(QStringLiteral("device_class"), key);
        o.insert(QStringLiteral("state_topic"), base + QStringLiteral("state/") + key);
        o.insert(QStringLiteral("payload_on"), QStringLiteral("ON"));
        o.insert(QStringLiteral("payload_off"), QStringLiteral("OFF"));
        out << message(QStringLiteral("binary_sensor"), o);
    }

    QJsonObject image = entity(device, id + QStringLiteral("snapshot"), QStringLiteral("Snapshot"));
    image.insert(QStringLiteral("image_topic"), base + QStringLiteral("snapshot"));
    image.insert(QStringLiteral("content_type"), QStringLiteral("image/jpeg"));
    out << message(QStringLiteral("image"), image);

    QJsonObject fps =
        entity(device, id + QStringLiteral("stream_fps"), QStringLiteral("Stream fps"));
    fps.insert(QStringLiteral("state_topic"), base + QStringLiteral("stream"));
    fps.insert(QStringLiteral("value_template"), QStringLiteral("{{ value_json.fps }}"));
    fps.insert(QStringLiteral("unit_of_measurement"), QStringLiteral("fps"));
    fps.insert(QStringLiteral("state_class"), QStringLiteral("measurement"));
    fps.insert(QStringLiteral("icon"), QStringLiteral("mdi:filmstrip"));
    out << message(QStringLiteral("sensor"), fps);

    QJsonObject bitrate =
        entity(device, id + QStringLiteral("stream_bitrate"), QStringLiteral("Stream bitrate"));
    bitrate.insert(QStringLiteral("state_topic"), base + QStringLiteral("stream"));
    bitrate.insert(QStringLiteral("value_template"), QStringLiteral("{{ value_json.bitrate }}"));
    bitrate.insert(QStringLiteral("unit_of_measurement"), QStringLiteral("bit/s"));
    bitrate.insert(QStringLiteral("device_class"), QStringLiteral("data_rate"));
    bitrate.insert(QStringLiteral("state_class"), QStringLiteral("measurement"));
    out << message(QStringLiteral("sensor"), bitrate);

    // Device triggers: fire on an event message of that type and phase.
    for (const char *p : phases) {
        const QString phase = QLatin1String(p);
        QJsonObject t;
        t.insert(QStringLiteral("automation_type"), QStringLiteral("trigger"));
        t.insert(QStringLiteral("topic"), base + QStringLiteral("event"));
        t.insert(QStringLiteral("type"), QStringLiteral("motion_") + phase);
        t.insert(QStringLiteral("subtype"), QStringLiteral("motion"));
        t.insert(QStringLiteral("value_template"),
                 QStringLiteral("{{ value_json.type }}_{{ value_json.phase }}"));
        t.insert(QStringLiteral("payload"), QStringLiteral("motion_") + phase);
        t.insert(QStringLiteral("device"), deviceBlock(device));
        out << message(QStringLiteral("device_automation"), id + QStringLiteral("motion_") + phase,
                       t);
    }

    if (!commands)
        return out;
    QJsonObject button =
        entity(device, id + QStringLiteral("take_snapshot"), QStringLiteral("Take snapshot"));
    button.insert(QStringLiteral("command_topic"), base + QStringLiteral("set/snapshot"));
    button.insert(QStringLiteral("payload_press"), QStringLiteral("PRESS"));
    button.insert(QStringLiteral("icon"), QStringLiteral("mdi:camera"));
    out << message(QStringLiteral("button"), button);
    for (const Named &w : switches) {
        const QString key = QLatin1String(w.key);
        QJsonObject o = entity(device, id + key, QLatin1String(w.name));
        o.insert(QStringLiteral("command_topic"), base + QStringLiteral("set/") + key);
        o.insert(QStringLiteral("state_topic"), base + QStringLiteral("state/") + key);
        o.insert(QStringLiteral("payload_on"), QStringLiteral("ON"));
        o.insert(QStringLiteral("payload_off"), QStringLiteral("OFF"));
        o.insert(QStringLiteral("icon"), key == QLatin1String("stream")
                                             ? QStringLiteral("mdi:video-wireless")
                                             : QStringLiteral("mdi:motion-sensor"));
        out << message(QStringLiteral("switch"), o);
    }
    return out;
}

bool isBirthMessage(const QByteArray &payload)
{
    return payload.trimmed() == "online";
}

} // namespace HomeAssistantDiscovery
