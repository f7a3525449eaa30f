// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "retention.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <sys/statvfs.h>

Retention::Retention(QList<Place> places)
    : m_places(std::move(places))
    , m_freeSpace(&Retention::freeBytes)
{}

qint64 Retention::freeBytes(const QString &directory)
{
    struct statvfs st = {};
    if (statvfs(QFile::encodeName(directory).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

Retention::Outcome Retention::enforce(const Limits &limits, const QSet<QString> &inUse) const
{
    Outcome out;
    QFileInfoList files;
    for (const Place &place : m_places)
        if (!place.directory.isEmpty())
            files += QDir(place.directory).entryInfoList(place.nameFilters, QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime ta = a.lastModified();
        const QDateTime tb = b.lastModified();
        return ta != tb ? ta < tb : a.fileName() < b.fileName();
    });
    qint64 total = 0;
    for (const QFileInfo &f : files)
        total += f.size();
    const QString where = m_places.isEmpty() ? QString() : m_places.constFirst().directory;
    qint64 free = m_freeSpace ? m_freeSpace(where) : -1;
    auto over = [&] {
        return total > limits.maxBytes || (free >= 0 && free < limits.minFreeBytes);
    };
    for (const QFileInfo &f : std::as_const(files)) {
        if (!over())
            break;
        if (inUse.contains(f.absoluteFilePath()))
            continue;
        if (!QFile::remove(f.absoluteFilePath())) {
            if (out.error.isEmpty())
                out.error = QStringLiteral("cannot remove %1").arg(f.absoluteFilePath());
            continue;
        }
        ++out.removed;
        out.removedBytes += f.size();
        total -= f.size();
        if (free >= 0)
            free += f.size();
    }
    // Ask again: the file system's own figure after the removals.
    if (out.removed > 0 && m_freeSpace)
        free = m_freeSpace(where);
    out.keptBytes = total;
    out.freeBytes = free;
    out.satisfied = !over();
    return out;
}
