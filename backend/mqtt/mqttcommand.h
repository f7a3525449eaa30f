// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Remote control over MQTT: what may arrive on picam/{device}/set/..., read
// strictly. Anything else is refused with a reason for the log and changes
// nothing.
//
//   picam/{device}/set/snapshot   ""  or "PRESS"            take a snapshot now
//   picam/{device}/set/stream     "ON" | "OFF"              stream on or off
//   picam/{device}/set/detection  "ON" | "OFF"              motion/tamper events
//
// ON and OFF in any case, "true"/"false" and "1"/"0" too; white space around
// the payload is tolerated. Payloads longer than MaxPayload are refused
// unread.
namespace MqttCommand {

enum class Kind { Snapshot, Stream, Detection };

struct Command
{
    Kind kind = Kind::Snapshot;
    bool on = false; // Stream, Detection
    bool operator==(const Command &) const = default;
};

struct Parsed
{
    std::optional<Command> command;
    QString error; // why it was refused (empty when command is set)
};

inline constexpr qsizetype MaxPayload = 32;

QString name(Kind kind);
// picam/{device}/set/+ (what the service subscribes to)
QString filter(const QString &device);
QString commandTopic(const QString &device, Kind kind);
// Where the state of a switch (ON/OFF, retained) and the snapshot's
// outcome are acknowledged: picam/{device}/state/<name>.
QString stateTopic(const QString &device, Kind kind);
// Refused commands: picam/{device}/state/refused, {"topic":...,"reason":...}.
QString refusedTopic(const QString &device);

Parsed parse(const QString &device, const QString &topic, const QByteArray &payload);

// What the payload looked like, for a log line: at most MaxPayload
// characters, control characters and non-ASCII escaped.
QString shown(const QByteArray &payload);

} // namespace MqttCommand
