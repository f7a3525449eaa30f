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
    o.insert(QStringLiteral("last_error"), stats.lastError.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(stats.lastError));
    o.insert(QStringLiteral("ts"), timestampMs);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace StreamJson
