// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QImage>
#include <QString>

// A QR code (libqrencode) as an image: one pixel per module, black on
// white, with the four-module quiet zone a reader needs around it. Scale it
// without smoothing.
namespace QrCode {

constexpr int QuietZone = 4;

// A null image when text is empty or too long for a QR code.
QImage image(const QString &text);

} // namespace QrCode
