// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Incoming MQTT messages: what a broker (or anyone allowed to publish on the
// topics we subscribe to) can send us. The input is "topic NUL payload"; an
// input without a NUL is a payload on an empty topic (an MQTT topic cannot
// hold a NUL). Every handler of incoming messages gets every input, so that
// a handler must cope with topics and payloads meant for another.
//
// Home Assistant's birth message on homeassistant/status, and the commands
// on picam/{device}/set/... (MqttCommand::parse, for the device "fuzz").

#include "fuzzsupport.h"
#include "mqtt/homeassistantdiscovery.h"
#include "mqtt/mqttcommand.h"

namespace {

struct Handler
{
    const char *name;
    void (*handle)(const QString &topic, const QByteArray &payload);
};

void homeAssistantStatus(const QString &, const QByteArray &payload)
{
    // Only "online", give or take white space around it, asks for discovery.
    if (HomeAssistantDiscovery::isBirthMessage(payload))
        FUZZ_CHECK(payload.trimmed() == "online");
}

void command(const QString &topic, const QByteArray &payload)
{
    // Either a command or a reason, never both, never neither; a command
    // only on the device's own command topics, from a short text payload.
    const MqttCommand::Parsed parsed = MqttCommand::parse(QStringLiteral("fuzz"), topic, payload);
    FUZZ_CHECK(parsed.command.has_value() == parsed.error.isEmpty());
    if (!parsed.command)
        return;
    FUZZ_CHECK(topic == MqttCommand::commandTopic(QStringLiteral("fuzz"), parsed.command->kind));
    FUZZ_CHECK(payload.size() <= MqttCommand::MaxPayload);
    const QByteArray word = payload.trimmed().toLower();
    if (parsed.command->kind == MqttCommand::Kind::Snapshot)
        FUZZ_CHECK(word.isEmpty() || word == "press");
    else
        FUZZ_CHECK(word == (parsed.command->on ? QByteArray("on") : QByteArray("off")) ||
                   word == (parsed.command->on ? QByteArray("true") : QByteArray("false")) ||
                   word == (parsed.command->on ? QByteArray("1") : QByteArray("0")));
    // The reason for a refusal is bounded whatever came.
    const MqttCommand::Parsed other =
        MqttCommand::parse(QStringLiteral("fuzz"), topic, payload + payload);
    FUZZ_CHECK(other.error.size() < 400);
}

constexpr Handler handlers[] = {
    {HomeAssistantDiscovery::StatusTopic, homeAssistantStatus},
    {"picam/{device}/set/...", command},
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = bytes.indexOf('\0');
    const QString topic = nul < 0 ? QString() : QString::fromUtf8(bytes.left(nul));
    const QByteArray payload = nul < 0 ? bytes : bytes.mid(nul + 1);
    for (const Handler &handler : handlers)
        handler.handle(topic, payload);
    return 0;
}
