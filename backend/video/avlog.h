// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

// Routes FFmpeg's own log messages (warnings and worse) into the program's
// log under picam.stream, with credentials in URLs masked.
namespace AvLog {
void install();

// While one lives, FFmpeg errors on this thread are logged as debug: for
// expected failures such as probing for a hardware encoder.
class QuietScope
{
public:
    QuietScope();
    ~QuietScope();
};
} // namespace AvLog
