// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QMetaType>
#include <QString>

// What the stream worker reports about itself, for the UI, the log and the
// retained picam/{device}/stream MQTT message.
struct StreamStats
{
    quint64 framesCaptured = 0;
    quint64 framesEncoded = 0;
    quint64 framesSent = 0;
    quint64 framesDropped = 0; // dropped because the stream queue was full
    double fps = 0;            // frames sent per second, recent average
    double bitrate = 0;        // bit/s sent, recent average
    int reconnects = 0;
    bool connected = false;
    QString lastError;
    // Capture to socket over the last 10 s (ms): median and 99th percentile,
    // and where the median goes: waiting in the queue, encoding, sending.
    double latencyMs = 0;
    double latencyP99Ms = 0;
    double queueMs = 0;
    double encodeMs = 0;
    double sendMs = 0;

    bool operator==(const StreamStats &) const = default;
};

Q_DECLARE_METATYPE(StreamStats)
