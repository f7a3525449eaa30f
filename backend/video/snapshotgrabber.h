// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"

#include <QByteArray>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QSize>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <vector>

// Snapshots from the camera for the events and remote control: a capture
// consumer (CaptureWiring::connectSnapshots) that keeps no frame. Asked for
// a snapshot, it copies the next frame the camera delivers (the only work
// on the camera's thread, and only then) and hands the copy to a thread of
// its own, which converts I420 to RGB (libswscale), encodes a JPEG (Qt) and
// saves it where asked. Between requests a frame costs one atomic load.
class SnapshotGrabber : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        quint64 id = 0;
        QString path;     // the file written (empty: none asked for, or it failed)
        QByteArray jpeg;  // the whole picture (also when it could not be saved)
        QByteArray small; // for MQTT: jpeg itself, or scaled down when jpeg is large
        QSize size;       // of the frame
        qint64 frameTimestampNs = 0;
        QString error; // why there is no file or no picture
        bool ok() const { return error.isEmpty(); }
    };

    explicit SnapshotGrabber(QObject *parent = nullptr);
    ~SnapshotGrabber() override;

    // Asks for the next frame as a JPEG, saved at path (atomically) unless
    // path is empty; taken() brings the result, with the error after
    // Timeout when no frame comes. Returns the request's id. Main thread.
    quint64 request(const QString &path = {});
    // The consumer, on the source's thread.
    void present(const Frame &frame);
    // Requests still waiting for a frame.
    int waiting() const;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    static constexpr std::chrono::milliseconds DefaultTimeout{3000};
    // A JPEG larger than this also gets a smaller copy for MQTT (at most
    // SmallSize, lower quality): a retained message every subscriber gets.
    static constexpr qsizetype SmallLimit = 512 * 1024;
    static constexpr QSize SmallSize{1280, 720};
    static constexpr int Quality = 85;

    // The conversion itself, for the worker and the tests: a JPEG of frame
    // (empty on failure) and the RGB picture it was made from.
    static QByteArray encode(const Frame &frame, int quality = Quality, QImage *image = nullptr);

signals:
    void taken(const SnapshotGrabber::Result &result);

private:
    struct Pending
    {
        quint64 id;
        QString path;
        qint64 askedAtMs; // steady clock
    };
    void expire();
    void deliver(const Result &result);

    QThread m_thread;
    QObject *m_worker; // lives on m_thread
    mutable QMutex m_mutex;
    std::vector<Pending> m_pending; // guarded by m_mutex
    std::atomic<bool> m_wanted{false};
    quint64 m_nextId = 1;
    QTimer m_expiry;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

Q_DECLARE_METATYPE(SnapshotGrabber::Result)
