// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QDateTime>
#include <QImage>
#include <QString>

// Writes a snapshot as a JPEG into a directory, atomically, under a name
// that sorts by time: picam-<device>-<yyyyMMdd-HHmmss>.jpg.
namespace SnapshotFile {

struct Result
{
    QString path;  // the file written
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

// The folder photos go to: directory, or the user's Pictures folder when
// it is empty (ui/snapshot_dir).
QString folder(const QString &directory);
// Whether name is one save() gives ("picam-*.jpg"): a folder shared with
// other pictures shows and loses only ours.
bool isPhotoName(const QString &name);

// An empty directory means the user's Pictures folder.
Result save(const QImage &image, const QString &directory, const QString &deviceName,
            const QDateTime &when = QDateTime::currentDateTime());

} // namespace SnapshotFile
