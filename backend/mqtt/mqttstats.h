// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QMetaType>
#include <QString>

// Counters of the MQTT publisher, for the UI and the log.
struct MqttStats
{
    qint64 published = 0;   // readings handed to the client
    qint64 delivered = 0;   // acknowledged by the broker (QoS 1/2) or sent (QoS 0)
    qint64 buffered = 0;    // waiting for the broker
    qint64 dropped = 0;     // given up: buffer_limit reached, or memory full while the card failed
    qint64 inMemory = 0;    // waiting only in memory: the card cannot be written
    QString storageProblem; // why (empty while the journal works)

    bool operator==(const MqttStats &) const = default;
};

Q_DECLARE_METATYPE(MqttStats)
