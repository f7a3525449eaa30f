// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"
#include "framepool.h"
#include "framequeue.h"
#include "streamstats.h"
#include "system/service.h"

#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

class Settings;
class StreamWorker;

// Service "stream": H.264 encoder and RTSP publisher on their own thread
// behind a bounded frame queue. Reads stream/* when it starts, so a restart
// picks up changed settings. Running while connected, Retrying (with the
// reason) while it reconnects on its own. It holds at most its share of the
// camera's buffers (setFrameShare): the queue and the frame being encoded.
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

    StreamStats stats() const { return m_stats; }
    // The line written to the log every minute and at the end.
    static QString statsText(const StreamStats &stats);

signals:
    void statsChanged(const StreamStats &stats);

protected:
    void startService() override;
    void stopService() override;

private:
    void stopWorker();
    void onStats(const StreamStats &stats);

    const Settings &m_settings;
    FrameQueue m_queue;
    std::atomic_bool m_queueCopies{false};
    std::unique_ptr<FramePool> m_copies; // pushFrame()'s thread only
    QThread m_thread;
    StreamWorker *m_worker = nullptr;
    StreamStats m_stats;
    QTimer m_logTimer;
};
