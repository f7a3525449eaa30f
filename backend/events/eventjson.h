// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "event.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The one place an Event becomes JSON: the picam/{device}/event messages and
// the lines of the event log.
//
//   {"device":"pi-1","end":1747405436123|null,"id":"20250516-142355-123-motion",
//    "peak_score":0.42,"phase":"start"|"end","snapshot":"<id>.jpg"|null,
//    "clip":"<id>.mp4"|null,
//    "start":1747405435123,"type":"motion"|"tamper",
//    "zones":[{"x":0.1,"y":0.2,"w":0.3,"h":0.4}],     (motion)
//    "degrees":23.5,"g":0.81}                        (tamper)
//
// "start" goes out when the event starts (end null); "end" when it is over,
// with everything known about it. Both carry the same id. The clip (in the
// clips directory) is named from the start: it is being written already.
namespace EventJson {

enum class Phase { Start, End };

QByteArray toJson(const Event &event, const QString &device, Phase phase);
// An event written by toJson (either phase); nullopt for anything else.
std::optional<Event> fromJson(const QByteArray &json);

} // namespace EventJson
