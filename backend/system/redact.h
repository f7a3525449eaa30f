// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

// Secrets never reach a log or the screen: these mask them on the way out.
namespace Redact {

inline constexpr auto Mask = "***";

// "rtsp://user:secret@host/cam" -> "rtsp://user:***@host/cam"; text without
// credentials comes back unchanged.
QString url(const QString &url);

// Masks the password of every URL found anywhere in free text.
QString credentialsInText(const QString &text);

} // namespace Redact
