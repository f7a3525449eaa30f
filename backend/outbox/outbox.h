// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "journalfile.h"
#include "outboxmessage.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>

// Keeps every message (the readings, later the events) until the broker has
// it: the source of truth for what is still to be delivered, in capture
// order, across broker outages, restarts and power cuts.
//
// - Messages go into one append-only journal file (journalfile.h) as they
//   come; fdatasync at most every syncInterval (group commit). A message the
//   broker confirmed before its sync is never forced onto the card, and an
//   empty journal is truncated instead of synced, so a connected Pi hardly
//   writes the SD card at all.
// - The sender asks for messages through setConnected(): the outbox hands out
//   up to `window` at a time (send()), in order, and takes them back with
//   acknowledge(). On a disconnect everything unconfirmed is sent again after
//   the next connect (at least once, never out of order).
// - More than `limit` waiting: the oldest go first, counted as dropped.
// - A card that is full, read-only or failing: messages stay in memory
//   (bounded by limit and memoryBytes), problem() says why, writing is
//   retried every retryInterval; nothing is lost that fits, nothing crashes.
//
// Lives on a thread of its own (MqttService owns it), so a slow card never
// stalls the screen or the connection; the tests drive it directly.
class Outbox : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString directory;    // empty: memory only
        qint64 limit = 10000; // messages waiting, at most; 0: none kept offline
        std::chrono::milliseconds syncInterval{1000};
        int window = 64;              // messages in flight at once
        qint64 memoryBytes = 8 << 20; // while the card cannot be written
        std::chrono::milliseconds retryInterval{10000};
    };

    struct Counts
    {
        qint64 waiting = 0;   // not yet confirmed by the broker
        qint64 delivered = 0; // confirmed since open()
        qint64 dropped = 0;   // given up since open() (limit, memory bound)
        qint64 restored = 0;  // found in the journal at open()
        qint64 inMemory = 0;  // waiting only in memory (the card failed)
        bool operator==(const Counts &) const = default;
    };

    explicit Outbox(QObject *parent = nullptr);
    ~Outbox() override;

    static QString journalName() { return QStringLiteral("outbox.journal"); }

    Counts counts() const { return m_counts; }
    // Why messages are only kept in memory; empty while the journal works.
    QString problem() const { return m_problem; }

public slots:
    // Reads what the journal kept from earlier runs; call before the rest.
    void open(const Outbox::Options &options);
    // Writes the release mark and syncs: what is unconfirmed is there next time.
    void close();

    void add(const QString &topic, const QByteArray &payload, int qos, bool retained);
    // While connected, messages go out through send(); epoch tells a batch
    // from an earlier connection apart.
    void setConnected(bool connected, int epoch);
    // The broker has it (delivered) or the client gave up on it (resent later).
    void acknowledge(quint64 seq, bool delivered);

signals:
    void send(const QList<OutboxMessage> &batch, int epoch);
    void countsChanged(const Outbox::Counts &counts);
    void problemChanged(const QString &problem);

private:
    struct Slot
    {
        quint64 seq = 0;
        JournalFile::Entry entry; // when on the card
        QByteArray record;        // when only in memory (the encoded record)
        bool sent = false;
        bool acked = false;
        bool inMemory() const { return !record.isEmpty(); }
    };

    void openJournal();
    bool store(Slot &slot);
    void flushMemory();
    void dropOldest(bool memoryOnly);
    void releaseFront();
    void pump();
    void tick();
    void scheduleTick();
    void setProblem(const QString &problem);
    // One line in the log (a torn tail cut off, messages restored, ...),
    // written from this thread: it must not wait for the owner's event loop.
    static void note(const QString &text);
    void countsMayHaveChanged();
    std::optional<OutboxMessage> load(const Slot &slot);

    Options m_options;
    JournalFile m_file;
    bool m_useFile = false;
    std::deque<Slot> m_queue; // unreleased, in seq order
    size_t m_nextToSend = 0;  // index of the first slot not handed out
    int m_inFlight = 0;
    quint64 m_nextSeq = 1;
    quint64 m_releasedThrough = 0;
    quint64 m_releaseWritten = 0;
    bool m_unsynced = false;    // appended since the last sync
    quint64 m_unsyncedFrom = 0; // first seq appended since then
    qint64 m_memoryBytes = 0;
    bool m_connected = false;
    int m_epoch = 0;
    Counts m_counts;
    Counts m_lastEmitted;
    QString m_problem;
    QTimer m_syncTimer;
    QTimer m_retryTimer;
    QTimer m_resendTimer;
};

Q_DECLARE_METATYPE(Outbox::Options)
Q_DECLARE_METATYPE(Outbox::Counts)
