// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

// FFmpeg error codes as text for messages and the log.
namespace AvError {
QString text(int error);
}
