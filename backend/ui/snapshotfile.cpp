// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>
#include <QStandardPaths>

namespace SnapshotFile {

QString folder(const QString &directory)
{
    return directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                               : directory;
}

bool isPhotoName(const QString &name)
{
    return name.startsWith(QLatin1String("picam-")) && name.endsWith(QLatin1String(".jpg"));
}

Result save(const QImage &image, const QString &directory, const QString &deviceName,
            const QDateTime &when)
{
    if (image.isNull())
        return {{}, QCoreApplication::translate("SnapshotFile", "No picture to save yet")};
    const QString dir = folder(directory);
    if (!QDir().mkpath(dir))
        return {
            {},
            QCoreApplication::translate("SnapshotFile", "Cannot create the folder %1").arg(dir)};

    const QString stem = QStringLiteral("picam-%1-%2")
                             .arg(deviceName, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString path = QDir(dir).filePath(stem + QStringLiteral(".jpg"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(dir).filePath(QStringLiteral("%1-%2.jpg").arg(stem).arg(n));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {{},
                QCoreApplication::translate("SnapshotFile", "Cannot write %1: %2")
                    .arg(path, file.errorString())};
    QImageWriter writer(&file, "jpg");
    writer.setQuality(90);
    if (!writer.write(image)) {
        file.cancelWriting();
        return {{},
                QCoreApplication::translate("SnapshotFile", "Cannot write %1: %2")
                    .arg(path, writer.errorString())};
    }
    if (!file.commit())
        return {{},
                QCoreApplication::translate("SnapshotFile", "Cannot write %1: %2")
                    .arg(path, file.errorString())};
    return {path, {}};
}

} // namespace SnapshotFile
