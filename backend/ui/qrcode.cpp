// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace QrCode {

QImage image(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Medium error correction: a screen seen at an angle or through glass
    // still reads. The smallest version that holds the text (0).
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
        &QRcode_free);
    if (!code)
        return {};
    const int modules = code->width;
    const int side = modules + 2 * QuietZone;
    QImage out(side, side, QImage::Format_Grayscale8);
    out.fill(255);
    for (int y = 0; y < modules; ++y) {
        uchar *line = out.scanLine(y + QuietZone) + QuietZone;
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte: the module is dark.
            if (code->data[y * modules + x] & 1)
                line[x] = 0;
        }
    }
    return out;
}

} // namespace QrCode
