// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "qrimageprovider.h"

#include "ui/qrcode.h"

#include <QUrl>

#include <algorithm>

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage image = QrCode::image(QUrl::fromPercentEncoding(id.toUtf8()));
    if (!image.isNull() && requestedSize.isValid()) {
        const int wanted = std::min(requestedSize.width(), requestedSize.height());
        const int factor = std::max(1, wanted / image.width());
        image = image.scaled(image.width() * factor, image.height() * factor, Qt::KeepAspectRatio,
                             Qt::FastTransformation);
    }
    if (size)
        *size = image.size();
    return image;
}
