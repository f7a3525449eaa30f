// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "mqttcommand.h"

namespace MqttCommand {
namespace {

QString base(const QString &device)
{
    return QStringLiteral("picam/%1/").arg(device);
}

Parsed refused(const QString &reason)
{
    return Parsed{std::nullopt, reason};
}

} // namespace

QString name(Kind kind)
{
    switch (kind) {
    case Kind::Snapshot:
        return QStringLiteral("snapshot");
    case Kind::Stream:
        return QStringLiteral("stream");
    case Kind::Detection:
        return QStringLiteral("detection");
    }
    return {};
}

QString filter(const QString &device)
{
    return base(device) + QStringLiteral("set/+");
}

QString commandTopic(const QString &device, Kind kind)
{
    return base(device) + QStringLiteral("set/") + name(kind);
}

QString stateTopic(const QString &device, Kind kind)
{
    return base(device) + QStringLiteral("state/") + name(kind);
}

QString refusedTopic(const QString &device)
{
    return base(device) + QStringLiteral("state/refused");
}

QString shown(const QByteArray &payload)
{
    QString out;
    for (qsizetype i = 0; i < payload.size() && i < MaxPayload; ++i) {
        const auto c = static_cast<unsigned char>(payload.at(i));
        if (c >= 0x20 && c < 0x7f && c != '\\')
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    if (payload.size() > MaxPayload)
        out += QStringLiteral("...");
    return out;
}

Parsed parse(const QString &device, const QString &topic, const QByteArray &payload)
{
    const QString prefix = base(device) + QStringLiteral("set/");
    if (device.isEmpty() || !topic.startsWith(prefix))
        return refused(QStringLiteral("not a command topic"));
    const QString what = topic.mid(prefix.size());
    std::optional<Kind> kind;
    for (Kind k : {Kind::Snapshot, Kind::Stream, Kind::Detection}) {
        if (what == name(k))
            kind = k;
    }
    if (!kind)
        return refused(QStringLiteral("unknown command \"%1\" (snapshot, stream, detection)")
                           .arg(shown(what.toUtf8())));
    if (payload.size() > MaxPayload)
        return refused(
            QStringLiteral("payload of %1 bytes is too long for a command").arg(payload.size()));
    for (const char c : payload) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x7f || (u < 0x20 && u != ' ' && u != '\t' && u != '\n' && u != '\r'))
            return refused(QStringLiteral("payload \"%1\" is not plain text").arg(shown(payload)));
    }
    const QByteArray word = payload.trimmed().toLower();
    if (*kind == Kind::Snapshot) {
        if (word.isEmpty() || word == "press")
            return Parsed{Command{Kind::Snapshot, false}, {}};
        return refused(QStringLiteral("payload \"%1\" for snapshot: send PRESS or nothing")
                           .arg(shown(payload)));
    }
    if (word == "on" || word == "true" || word == "1")
        return Parsed{Command{*kind, true}, {}};
    if (word == "off" || word == "false" || word == "0")
        return Parsed{Command{*kind, false}, {}};
    return refused(
        QStringLiteral("payload \"%1\" for %2: send ON or OFF").arg(shown(payload), name(*kind)));
}

} // namespace MqttCommand
