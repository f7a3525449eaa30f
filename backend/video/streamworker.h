// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "h264encoder.h"
#include "streamlatency.h"
#include "streamstats.h"

#include <QObject>

class PacketTap;

#include <atomic>
#include <chrono>

class FrameQueue;

// Runs on the stream thread: takes frames from the queue, encodes them and
// publishes them over RTSP, reconnecting with back-off when the server goes
// away. It never blocks capture: frames that pile up meanwhile are dropped by
// the queue. Reports to the StreamService through queued signals.
//
// With a tap (the recorder) it encodes whether or not it publishes: while
// streaming is off or the server is away, the tap still gets every packet.
class StreamWorker : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString url; // with credentials: never logged
        H264Encoder::Config encoder;
        std::chrono::milliseconds ioTimeout{2500};
        bool publish = true;      // false: encode for the tap only
        PacketTap *tap = nullptr; // not owned; outlives the worker
    };

    StreamWorker(const Config &config, FrameQueue *queue);

    // Thread-safe: makes run() return soon, aborting any blocking network call.
    void requestStop() { m_stop = true; }
    // Thread-safe: starts or ends publishing (the encoder keeps running for
    // the tap).
    void setPublishing(bool on) { m_publish = on; }
    // The figures so far; read it only once run() has returned.
    StreamStats finalStats() const { return m_stats; }

public slots:
    // Loops until requestStop(); runs on the worker's thread.
    void run();

signals:
    void connected(const QString &encoderDescription);
    void retrying(const QString &reason, qint64 nextAttemptMs);
    void failed(const QString &reason);
    // No frame has arrived yet (capture not running): said once.
    void waitingForFrames(const QString &reason);
    void statsUpdated(const StreamStats &stats);
    void finished();

private:
    void publishStats(bool force);

    Config m_config;
    FrameQueue *m_queue;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_publish{true};
    StreamStats m_stats;
    StreamLatency m_latency;
    StreamStats m_lastPublished;
    std::chrono::steady_clock::time_point m_lastPublish{};
    quint64 m_sentAtLastPublish = 0;
    quint64 m_bytes = 0;
    quint64 m_bytesAtLastPublish = 0;
};
