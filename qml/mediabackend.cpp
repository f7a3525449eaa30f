// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "mediabackend.h"

#include <QByteArray>
#include <QtGlobal>

namespace MediaBackend {

void choose()
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("ffmpeg"));
#endif
}

} // namespace MediaBackend
