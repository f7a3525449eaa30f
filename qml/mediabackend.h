// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

// Which Qt Multimedia backend plays the gallery's clips. Call before the
// first video sink or player exists (before the QML is loaded).
namespace MediaBackend {

// Qt 6.4 plays media with GStreamer unless told otherwise, and its player
// needs GStreamer plugins that nothing else here needs (without them it
// crashes on the first clip). Its FFmpeg backend plays our fragmented MP4
// with the FFmpeg libraries the program already uses; from Qt 6.5 on it is
// the default. QT_MEDIA_BACKEND set by a person wins.
void choose();

} // namespace MediaBackend
