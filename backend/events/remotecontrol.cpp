// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "remotecontrol.h"

#include "config/settings.h"
#include "eventservice.h"
#include "system/service.h"

RemoteControl::RemoteControl(Settings &settings, Service &stream, EventService &events)
    : m_settings(&settings)
    , m_stream(&stream)
    , m_events(&events)
{}

MqttService::CommandOutcome RemoteControl::operator()(const MqttCommand::Command &command)
{
    switch (command.kind) {
    case MqttCommand::Kind::Snapshot:
        if (!m_events->hasCamera())
            return {false, false, QStringLiteral("no camera to take a snapshot with")};
        m_events->takeSnapshot();
        return {true, true, {}};
    case MqttCommand::Kind::Stream: {
        const auto problem =
            m_settings->override(command.on ? QStringLiteral("stream/enabled=true")
                                            : QStringLiteral("stream/enabled=false"));
        if (!problem.message.isEmpty())
            return {false, false, problem.message};
        if (command.on)
            m_stream->start();
        else
            m_stream->stop();
        return {true, command.on, {}};
    }
    case MqttCommand::Kind::Detection:
        m_events->setDetectionEnabled(command.on);
        return {true, m_events->detectionEnabled(), {}};
    }
    return {false, false, QStringLiteral("unknown command")};
}

void RemoteControl::connect(RemoteControl control, MqttService &mqtt)
{
    EventService *events = control.m_events;
    mqtt.setSwitchState(MqttCommand::Kind::Stream,
                        control.m_settings->boolValue(QStringLiteral("stream/enabled")));
    mqtt.setSwitchState(MqttCommand::Kind::Detection, events->detectionEnabled());
    QObject::connect(events, &EventService::detectionEnabledChanged, &mqtt,
                     [m = &mqtt](bool on) { m->setSwitchState(MqttCommand::Kind::Detection, on); });
    mqtt.setCommandHandler(control);
}
