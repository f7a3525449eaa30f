// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"
#include "framequeue.h"
#include "streamstats.h"
#include "system/service.h"

#include <QThread>
#include <QTimer>

class Settings;
class StreamWorker;

// Service "stream": H.264 encoder and RTSP publisher on their own thread
// behind a bounded frame queue. Reads stream/* when it starts, so a restart
// picks up changed settings. Running while connected, Retrying (with the
// reason) while it reconnects on its own.
class StreamService : public Service
{
    Q_OBJECT
public:
    explicit StreamService(const Settings &settings, QObject *parent = nullptr);
    ~StreamService() override;

    // Called by capture on the source's thread; never waits.
    void pushFrame(const Frame &frame) { m_queue.push(frame); }

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
    QThread m_thread;
    StreamWorker *m_worker = nullptr;
    StreamStats m_stats;
    QTimer m_logTimer;
};
