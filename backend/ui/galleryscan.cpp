// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "galleryscan.h"

#include "events/eventlog.h"
#include "snapshotfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>

namespace GalleryScan {

namespace {

bool isClipName(const QString &name)
{
    // As careful as the event log with snapshot names: a garbled log line
    // must not point the gallery (and its Delete) outside the folder.
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) &&
           !name.startsWith(QLatin1Char('.')) && name.endsWith(QLatin1String(".mp4"));
}

GalleryEntry eventEntry(const Event &event, const Sources &sources)
{
    GalleryEntry entry;
    entry.kind =
        event.type == Event::Type::Tamper ? GalleryEntry::Kind::Tamper : GalleryEntry::Kind::Motion;
    entry.key = QStringLiteral("event:") + event.id;
    entry.eventId = event.id;
    entry.startMs = event.startMs;
    entry.durationMs = event.isOver() ? std::max<qint64>(0, event.endMs - event.startMs) : -1;
    if (EventLog::isSnapshotName(event.snapshot)) {
        const QString path = QDir(sources.eventDirectory).filePath(event.snapshot);
        if (QFileInfo(path).isFile())
            entry.picture = path;
    }
    if (isClipName(event.clip) && !sources.clipDirectory.isEmpty()) {
        const QString path = QDir(sources.clipDirectory).filePath(event.clip);
        if (QFileInfo(path).isFile()) {
            entry.clip = path;
            entry.recording = sources.openClips.contains(event.clip);
            if (const auto clipStart = clipStartMs(event.clip))
                entry.clipOffsetMs = std::max<qint64>(0, event.startMs - *clipStart - LeadInMs);
        } else {
            entry.clipGone = true;
        }
    }
    return entry;
}

} // namespace

std::optional<qint64> clipStartMs(const QString &name)
{
    // "yyyyMMdd-HHmmss-zzz". Date and time read apart: read as one, Qt
    // takes them as local time, and a time in the hour the clocks skip in
    // spring does not exist there.
    if (name.size() < 19 || name.at(8) != QLatin1Char('-'))
        return std::nullopt;
    const QDate date = QDate::fromString(name.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(name.mid(9, 10), QStringLiteral("HHmmss-zzz"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
}

QList<GalleryEntry> scan(const Sources &sources, qint64 nowMs)
{
    QList<GalleryEntry> entries;
    QSet<QString> eventClips;
    for (const Event &event : sources.events) {
        entries << eventEntry(event, sources);
        eventClips << event.clip;
    }

    if (!sources.clipDirectory.isEmpty()) {
        const QFileInfoList clips =
            QDir(sources.clipDirectory).entryInfoList({QStringLiteral("*.mp4")}, QDir::Files);
        for (const QFileInfo &info : clips) {
            const QString name = info.fileName();
            if (eventClips.contains(name) || !isClipName(name))
                continue;
            GalleryEntry entry;
            entry.kind = GalleryEntry::Kind::Recording;
            entry.key = QStringLiteral("clip:") + name;
            entry.clip = info.filePath();
            entry.recording = sources.openClips.contains(name);
            const qint64 modified = info.lastModified().toMSecsSinceEpoch();
            entry.startMs = clipStartMs(name).value_or(modified);
            // Its last picture was written when the file last changed.
            const qint64 end = entry.recording ? nowMs : modified;
            entry.durationMs = clipStartMs(name) ? std::max<qint64>(0, end - entry.startMs) : -1;
            entries << entry;
        }
    }

    if (!sources.photoDirectory.isEmpty()) {
        const QFileInfoList photos =
            QDir(sources.photoDirectory).entryInfoList({QStringLiteral("*.jpg")}, QDir::Files);
        for (const QFileInfo &info : photos) {
            if (!SnapshotFile::isPhotoName(info.fileName()))
                continue;
            GalleryEntry entry;
            entry.kind = GalleryEntry::Kind::Photo;
            entry.key = QStringLiteral("photo:") + info.fileName();
            entry.picture = info.filePath();
            entry.startMs = info.lastModified().toMSecsSinceEpoch();
            entries << entry;
        }
    }

    std::stable_sort(entries.begin(), entries.end(),
                     [](const GalleryEntry &a, const GalleryEntry &b) {
                         return a.startMs != b.startMs ? a.startMs > b.startMs : a.key > b.key;
                     });
    return entries;
}

} // namespace GalleryScan
