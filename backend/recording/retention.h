// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

// Keeps what the recorder and the events leave on the card within bounds by
// size, not by age: the clips and the event snapshots together take at most
// maxBytes, and the card keeps minFreeBytes free. Over either, the oldest
// files go first (by modification time, then name), clips and snapshots
// alike; a file in use (a clip being written) is never removed. When
// nothing more can go, the outcome says the limit is not met.
class Retention
{
public:
    struct Place
    {
        QString directory;
        QStringList nameFilters; // "*.mp4"
    };
    struct Limits
    {
        qint64 maxBytes = qint64(4096) << 20;
        qint64 minFreeBytes = qint64(512) << 20;
    };
    struct Outcome
    {
        int removed = 0;
        qint64 removedBytes = 0;
        qint64 keptBytes = 0;
        qint64 freeBytes = -1; // -1: not known
        bool satisfied = true;
        QString error; // a file that could not be removed
    };
    using FreeSpace = std::function<qint64(const QString &directory)>;

    explicit Retention(QList<Place> places = {});
    void setPlaces(QList<Place> places) { m_places = std::move(places); }
    // For tests: what the card has free (default: statvfs).
    void setFreeSpace(FreeSpace probe) { m_freeSpace = std::move(probe); }

    Outcome enforce(const Limits &limits, const QSet<QString> &inUse = {}) const;

    // Bytes available to an unprivileged writer in directory's file system;
    // -1 when it cannot be asked.
    static qint64 freeBytes(const QString &directory);

private:
    QList<Place> m_places;
    FreeSpace m_freeSpace;
};
