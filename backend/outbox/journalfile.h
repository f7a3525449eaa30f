// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "outboxmessage.h"

#include <QString>

#include <deque>
#include <functional>
#include <optional>

// The outbox's file on the SD card: one append-only file of records (see
// journalformat.h), read back after a restart or a power cut. Plain POSIX
// I/O, so every failure (a full card, a read-only card, a failing one) comes
// back as an error with its errno and never as a crash or a short record
// left in the middle of the file.
class JournalFile
{
public:
    // Where a message record sits in the file.
    struct Entry
    {
        quint64 seq = 0;
        qint64 offset = 0;
        quint32 size = 0; // of the whole record
    };

    // What a journal holds: the messages not yet released, in order.
    struct Contents
    {
        std::deque<Entry> messages;
        quint64 releasedThrough = 0;
        quint64 lastSeq = 0;   // the highest seq written, released or not
        qint64 validSize = 0;  // bytes up to the end of the last good record
        qint64 discarded = 0;  // bytes after it: a torn or corrupt tail
        QString discardReason; // why the tail was not believed
    };

    JournalFile() = default;
    ~JournalFile();
    JournalFile(const JournalFile &) = delete;
    JournalFile &operator=(const JournalFile &) = delete;

    // Opens (or creates) the journal at path for appending and reads what it
    // holds; a torn tail is cut off so new records follow the last good one.
    // A file that is no journal at all is set aside as path + ".corrupt".
    // False with error() when the file cannot be opened for writing; what
    // could be read is in contents even then, and the file stays open for
    // read() and readRecord() only.
    bool open(const QString &path, Contents *contents);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    qint64 size() const { return m_size; }
    QString error() const { return m_error; }
    // A note about the last open(): tail cut off, file set aside (empty when none).
    QString warning() const { return m_warning; }

    // Appends one encoded record (JournalFormat) at the end; offset is where
    // it went. A failed or short write is undone so the file still ends in a
    // whole record.
    bool append(const QByteArray &record, qint64 *offset = nullptr);
    // Makes what was appended durable (fdatasync).
    bool sync();
    // Empties the file down to its magic, for when nothing is left in it.
    bool truncate();
    // Rewrites the file with only these records (new file, sync, rename):
    // recordAt(i) gives the i-th whole record, from this file or from memory.
    // For when released messages dominate, and for taking over a journal
    // after the card could not be written. entries gets where each went.
    using RecordSource = std::function<bool(size_t index, QByteArray *record)>;
    bool rewrite(size_t count, const RecordSource &recordAt, quint64 releasedThrough,
                 std::deque<Entry> *entries);
    // The bytes of a record in this file, for rewrite().
    bool readRecord(const Entry &entry, QByteArray *record);

    std::optional<OutboxMessage> read(const Entry &entry);

    // What the bytes of an open journal hold; reading stops at the first
    // record that is torn or corrupt. For open(), the tests and the fuzzer.
    static Contents scan(int fd, qint64 fileSize);

private:
    bool fail(const QString &what, int error);
    bool writeAll(int fd, const char *data, qint64 size, qint64 offset);
    bool setAside(const QString &reason);

    QString m_path;
    int m_fd = -1;
    qint64 m_size = 0;
    bool m_tailDirty = false; // a failed write may have left bytes past m_size
    QString m_error;
    QString m_warning;
};
