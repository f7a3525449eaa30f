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
    const char *deviceClass; // Home Assistant's sensor device class
};

// Orientation and acceleration have no Home Assistant device class; they stay
// in the JSON payload for the web page but are not announced.
constexpr Sensor sensors[] = {
    {SensorReading::TempHumidity, "Temperature (humidity sensor)", "temperature"},
    {SensorReading::TempPressure, "Temperature (pressure sensor)", "temperature"},
    {SensorReading::Humidity, "Humidity", "humidity"},
    {SensorReading::Pressure, "Pressure", "atmospheric_pressure"},
    {SensorReading::CpuTemperature, "CPU temperature", "temperature"},
    {SensorReading::CompensatedTemperature, "Temperature", "temperature"},
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
        o.insert(QStringLiteral("device_class"), QString::fromLatin1(s.deviceClass));
        o.insert(QStringLiteral("unit_of_measurement"), QString::fromUtf8(info.unit));
        o.insert(QStringLiteral("suggested_display_precision"), info.decimals);
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
