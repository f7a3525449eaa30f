// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "video/streamstats.h"

#include <QByteArray>

// The retained picam/{device}/stream message: what a dashboard needs to show
// whether the camera stream is up and how well it runs.
namespace StreamJson {

// {"state":"streaming"|"down","fps":..,"bitrate":..,"dropped_frames":..,
//  "frames_sent":..,"reconnects":..,"last_error":"..."|null,"ts":ms}
// last_error is null while the stream is connected (an error before a
// recovery is not the current state).
QByteArray toJson(const StreamStats &stats, qint64 timestampMs);

} // namespace StreamJson
