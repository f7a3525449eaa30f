// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One message the outbox keeps until the broker has it: a sensor reading or
// (later) an event. seq is its place in capture order, unique for the life of
// the journal.
struct OutboxMessage
{
    quint64 seq = 0;
    QString topic;
    QByteArray payload;
    int qos = 1;
    bool retained = false;

    bool operator==(const OutboxMessage &) const = default;
};

Q_DECLARE_METATYPE(OutboxMessage)
