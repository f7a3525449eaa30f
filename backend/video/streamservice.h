// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"
#include "framepool.h"
#include "framequeue.h"
#include "streamstats.h"
#include "streamworker.h"
#include "system/service.h"

#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

class PacketTap;
class Settings;

// Service "stream": H.264 encoder and RTSP publisher on their own thread
// behind a bounded frame queue. Reads stream/* when it starts, so a restart
// picks up changed settings. Running while connected, Retrying (with the
// reason) while it reconnects on its own. It holds at most its share of the
// camera's buffers (setFrameShare): the queue and the frame being encoded.
//
// The encoder also feeds a PacketTap (the recorder). While the tap wants
// packets (setEncodingWanted) the worker runs even with the service Stopped
// (streaming off): it encodes without publishing, so the service's state
// keeps saying what the stream does and the recorder still gets packets.
class StreamService : public Service
{
    Q_OBJECT
public:
    explicit StreamService(const Settings &settings, QObject *parent = nullptr);
    ~StreamService() override;

    // The queue's depth when the source's buffers are not limited, and the
    // least worth queuing a source's own frames for.
    static constexpr int MaxQueue = 4;
    static constexpr int MinQueue = 2;
    // Frames the worker holds outside the queue: the one being encoded and
    // sent (libx264 copies the picture; it keeps no frame after encode()).
    static constexpr int Encoding = 1;

    // Called by capture on the source's thread; never waits.
    void pushFrame(const Frame &frame);
    // How many of the source's frames the stream may hold at once, its
    // FrameBudget share; any thread, before the frames it applies to. With
    // room for the frame being encoded and a queue of MinQueue or more, the
    // source's frames are queued as they are (at most MaxQueue); with less,
    // pooled copies are queued instead and the stream holds none of them.
    void setFrameShare(int frames);
    int queueCapacity() const { return m_queue.capacity(); }
    bool queuesCopies() const { return m_queueCopies; }

    // The recorder's inbox; set before the first start, outlives the service.
    void setPacketTap(PacketTap *tap) { m_tap = tap; }
    // Whether the encoder runs (encode-only) while streaming is off.
    bool isEncoding() const { return m_worker != nullptr; }

    StreamStats stats() const { return m_stats; }
    // The line written to the log every minute and at the end.
    static QString statsText(const StreamStats &stats);

public slots:
    // The tap wants packets (recording on) or no longer does.
    void setEncodingWanted(bool wanted);

signals:
    void statsChanged(const StreamStats &stats);

protected:
    void startService() override;
    void stopService() override;

private:
    StreamWorker::Config workerConfig(bool publish) const;
    static bool sameWorkerConfig(const StreamWorker::Config &a, const StreamWorker::Config &b);
    void startWorker(bool publish);
    void stopWorker();
    void onStats(const StreamStats &stats);

    const Settings &m_settings;
    FrameQueue m_queue;
    std::atomic_bool m_queueCopies{false};
    std::unique_ptr<FramePool> m_copies; // pushFrame()'s thread only
    QThread m_thread;
    StreamWorker *m_worker = nullptr;
    StreamWorker::Config m_workerConfig; // the running worker's
    PacketTap *m_tap = nullptr;
    bool m_publishing = false;
    bool m_encodingWanted = false;
    StreamStats m_stats;
    QTimer m_logTimer;
};
