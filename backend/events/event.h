// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QList>
#include <QMetaType>
#include <QRectF>
#include <QString>

#include <optional>

// Something the guardian noticed: motion in the picture (the motion
// detector) or the camera moved or knocked (the tamper detector). One Event
// from start to end; published over MQTT, kept in the event log with a
// snapshot of the moment it started.
struct Event
{
    enum class Type { Motion, Tamper };

    QString id; // unique, sorts by start: "20250516-142355-123-motion" (UTC)
    Type type = Type::Motion;
    qint64 startMs = 0; // Unix ms
    qint64 endMs = 0;   // Unix ms; 0 while it lasts
    // Motion: the detector's strongest score. Tamper: how far past its
    // threshold it went (the larger of degrees / tamper/degrees and
    // g / tamper/g), so 1 is just over.
    double peakScore = 0;
    QList<QRectF> zones; // motion: where it moved, normalised 0..1
    QString snapshot;    // file name in the event directory; empty: none
    QString clip;        // file name in the clips directory; empty: none
    double degrees = 0;  // tamper: largest turn away from the pose it had
    double g = 0;        // tamper: largest deviation of |acceleration| from 1 g

    bool isOver() const { return endMs != 0; }
    bool operator==(const Event &) const = default;

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    // The id of an event of type starting at startMs.
    static QString makeId(Type type, qint64 startMs);
};

Q_DECLARE_METATYPE(Event)
