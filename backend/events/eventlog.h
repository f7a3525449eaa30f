// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "event.h"

#include <QList>
#include <QString>

// The events of the last days on the card, for the screen to list: one JSON
// line per finished event (EventJson) in DIR/events.jsonl, their snapshots
// beside it as DIR/<id>.jpg.
//
// - Bounded: at most maxCount events and maxBytes for the log and the
//   snapshots together; beyond that the oldest go first, with their
//   snapshots. A snapshot no event refers to (the program stopped between
//   taking it and logging its event) is removed when the log is opened.
// - A card that is full, read-only or failing is a state, not a crash:
//   problem() says why, the events stay listed from memory (bounded the
//   same way), and every append tries the card again; once it takes them,
//   the ones missing from the file are written in order.
// - A torn or garbled line (a power cut mid-write, a person's edit) is
//   skipped when the log is read. Lines are not synced: the event itself
//   travels the zero-loss way (the MQTT outbox); the log is for looking back.
class EventLog
{
public:
    struct Limits
    {
        int maxCount = 500;
        qint64 maxBytes = qint64(200) << 20;
    };

    static QString fileName() { return QStringLiteral("events.jsonl"); }

    // Reads what the directory holds (creating it if needed) and prunes it
    // to the limits. False (and problem()) when the directory cannot be
    // used; the log then works from memory.
    // device names this program in the lines (as in the MQTT messages).
    bool open(const QString &directory, const Limits &limits, const QString &device = {});
    // Logs a finished event whose snapshot (if any) is already in the
    // directory; prunes. False when it could only be kept in memory.
    bool append(const Event &event);
    // Forgets the logged event id (a person deleted it) with its snapshot;
    // false when it is not logged. The file is rewritten without it; when
    // the card refuses, problem() says so and it is gone from memory only.
    bool remove(const QString &id);
    // Forgets every logged event and removes their snapshots.
    void clear();

    QString directory() const { return m_directory; }
    // Oldest first.
    const QList<Event> &events() const { return m_events; }
    // The file of an event's snapshot; empty when it has none.
    QString snapshotPath(const Event &event) const;
    qint64 bytes() const { return m_bytes; }
    // Why the log is not on the card (empty while it is).
    QString problem() const { return m_problem; }
    // Lines skipped and files removed when the log was opened (for the log).
    int skippedLines() const { return m_skipped; }
    int removedOrphans() const { return m_orphans; }

    // Whether name can be a snapshot of ours: a plain "*.jpg" file name in
    // the directory, never a path (a garbled log must not make us delete
    // anything outside it).
    static bool isSnapshotName(const QString &name);

private:
    struct Entry
    {
        qint64 lineBytes = 0;
        qint64 snapshotBytes = 0;
    };
    QString logPath() const;
    bool writePending();
    bool rewrite();
    void prune();
    void setProblem(const QString &problem);

    QByteArray line(const Event &event) const;

    QString m_directory;
    QString m_device;
    Limits m_limits;
    QList<Event> m_events;
    QList<Entry> m_entries; // beside m_events
    int m_unwritten = 0;    // the last m_unwritten events are not in the file yet
    bool m_rewriteNeeded = false;
    qint64 m_bytes = 0;
    QString m_problem;
    int m_skipped = 0;
    int m_orphans = 0;
};
