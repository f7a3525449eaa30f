// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QtGlobal>

// Milliseconds on the monotonic clock: the default for classes that time
// idleness or lockouts and take an injectable clock for their tests. Not the
// wall clock, which jumps when NTP sets it after a Pi boots without a
// real-time clock.
qint64 monotonicMilliseconds();
