// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Incoming MQTT messages: what a broker (or anyone allowed to publish on the
// topics we subscribe to) can send us. The input is "topic NUL payload"; an
// input without a NUL is a payload on an empty topic (an MQTT topic cannot
// hold a NUL). Every handler of incoming messages gets every input, so that
// a handler must cope with topics and payloads meant for another.
//
// Today that is Home Assistant's birth message on homeassistant/status.
// The commands on picam/{device}/set/... add their parser to handlers[].

#include "fuzzsupport.h"
#include "mqtt/homeassistantdiscovery.h"

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

constexpr Handler handlers[] = {
    {HomeAssistantDiscovery::StatusTopic, homeAssistantStatus},
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
