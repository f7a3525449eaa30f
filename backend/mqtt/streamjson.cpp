// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "streamjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace StreamJson {

QByteArray toJson(const StreamStats &stats, qint64 timestampMs)
{
    const auto rounded = [](double v, double scale) {
        return std::isfinite(v) ? std::round(v * scale) / scale : 0.0;
    };
    QJsonObject o;
    o.insert(QStringLiteral("state"),
             stats.connected ? QStringLiteral("streaming") : QStringLiteral("down"));
    o.insert(QStringLiteral("fps"), rounded(stats.fps, 10));
    o.insert(QStringLiteral("bitrate"), qint64(rounded(stats.bitrate, 1)));
    o.insert(QStringLiteral("dropped_frames"), qint64(stats.framesDropped));
    o.insert(QStringLiteral("frames_sent"), qint64(stats.framesSent));
    o.insert(QStringLiteral("reconnects"), stats.reconnects);
    // An error is news only while the stream is down: once it is connected
    // again, a dashboard would read an old error as the current state.
    const bool showError = !stats.connected && !stats.lastError.isEmpty();
    o.insert(QStringLiteral("last_error"),
             showError ? QJsonValue(stats.lastError) : QJsonValue(QJsonValue::Null));
    // Where a slow deployment loses time: in the Pi (these) or after it.
    if (stats.connected) {
        o.insert(QStringLiteral("latency_ms"), rounded(stats.latencyMs, 10));
        o.insert(QStringLiteral("latency_p99_ms"), rounded(stats.latencyP99Ms, 10));
        o.insert(QStringLiteral("queue_ms"), rounded(stats.queueMs, 10));
        o.insert(QStringLiteral("encode_ms"), rounded(stats.encodeMs, 10));
        o.insert(QStringLiteral("send_ms"), rounded(stats.sendMs, 10));
    }
    o.insert(QStringLiteral("ts"), timestampMs);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace StreamJson
