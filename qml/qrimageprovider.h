// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QQuickImageProvider>

// "image://qr/TEXT": TEXT (percent-encoded, as encodeURIComponent gives it)
// as a QR code (QrCode::image), scaled to the requested size in whole
// pixels per module so its edges stay sharp.
class QrImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *Name = "qr";

    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};
