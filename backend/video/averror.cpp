// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "averror.h"

extern "C" {
#include <libavutil/error.h>
}

namespace AvError {

QString text(int error)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(error, buffer, sizeof buffer);
    return QString::fromLocal8Bit(buffer);
}

} // namespace AvError
