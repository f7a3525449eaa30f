// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "events/event.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// One thing the gallery shows: a logged event (with its snapshot and clip),
// a recording no event names (a continuous segment, or a clip whose event
// left the log), or a photo taken with the Photo button.
struct GalleryEntry
{
    enum class Kind { Motion, Tamper, Recording, Photo };

    Kind kind = Kind::Photo;
    // Unique in a scan and stable across scans: "event:<id>", "clip:<file
    // name>" or "photo:<file name>".
    QString key;
    QString eventId;        // events only
    qint64 startMs = 0;     // Unix ms
    qint64 durationMs = -1; // -1: none (a photo) or not known
    QString picture;        // the snapshot or photo file; empty: none on the card
    QString clip;           // the clip file; empty: none on the card
    // Where in the clip to start: a continuous segment holds minutes
    // before its event.
    qint64 clipOffsetMs = 0;
    // The event named a clip that is no longer on the card (retention made
    // room, or a person deleted it).
    bool clipGone = false;
    bool recording = false; // the clip is still being written

    bool operator==(const GalleryEntry &) const = default;
};

// What the card holds for the gallery, read from the event log's events and
// the clip and photo folders as they are now. A file that went away (the
// recorder's retention, a person with a shell) is simply not there; nothing
// here fails.
namespace GalleryScan {

struct Sources
{
    QList<Event> events;     // the logged ones, in any order
    QString eventDirectory;  // their snapshots
    QString clipDirectory;   // empty: no clips
    QString photoDirectory;  // empty: no photos
    QSet<QString> openClips; // names in clipDirectory being written
};

// Newest first.
QList<GalleryEntry> scan(const Sources &sources, qint64 nowMs);

// When a clip named as the recorder names them (the UTC time its first
// picture was taken, "20250516-142355-123-...") began; nullopt for another
// name.
std::optional<qint64> clipStartMs(const QString &name);

// How much of a continuous segment to skip to reach an event: up to two
// seconds before it.
constexpr qint64 LeadInMs = 2000;

} // namespace GalleryScan
