// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Home Assistant MQTT discovery: one retained config per sensor under
// homeassistant/sensor/<unique_id>/config, so the Sense HAT shows up as a
// device without any YAML on the Home Assistant side.
namespace HomeAssistantDiscovery {

inline constexpr auto StatusTopic = "homeassistant/status";

struct Message
{
    QString topic;
    QByteArray payload;
};

struct Device
{
    QString name;        // device/name
    QString stateTopic;  // mqtt/topic (the readings)
    QString statusTopic; // mqtt/status_topic (online/offline)
    QString version;     // picam-kiosk's version
};

// The configs of the sensors Home Assistant has a device class for
// (temperatures, humidity, pressure).
QList<Message> configs(const Device &device);

// The guardian's entities on the same device: binary_sensor motion and
// tamper (picam/{device}/state/motion|tamper), image (the last snapshot),
// sensor stream fps and bitrate (picam/{device}/stream), device triggers for
// motion start and end (picam/{device}/event), and with commands the button
// "Take snapshot" and the switches stream and detection
// (picam/{device}/set/..., state on picam/{device}/state/...).
QList<Message> guardianConfigs(const Device &device, bool commands);

// Whether a message on homeassistant/status asks for the configs again:
// exactly "online" (surrounding white space tolerated); anything else,
// including garbage, is ignored.
bool isBirthMessage(const QByteArray &payload);

} // namespace HomeAssistantDiscovery
