// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "mqtt/mqttservice.h"

class EventService;
class Service;
class Settings;

// Carries out the commands that MqttService took from
// picam/{device}/set/... (MqttService::setCommandHandler):
//
// - snapshot: EventService::takeSnapshot (published when it is taken);
// - stream ON/OFF: stream/enabled for this run (an override, never saved)
//   and the stream service started or stopped;
// - detection ON/OFF: EventService::setDetectionEnabled (which the motion
//   detector follows).
class RemoteControl
{
public:
    RemoteControl(Settings &settings, Service &stream, EventService &events);

    MqttService::CommandOutcome operator()(const MqttCommand::Command &command);

    // Wires it: the handler and the switches' states for MqttService.
    static void connect(RemoteControl control, MqttService &mqtt);

private:
    Settings *m_settings;
    Service *m_stream;
    EventService *m_events;
};
