// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "timecodetally.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <thread>

// bench/latency's own receiving end: libavformat listening for the RTSP
// publisher (the same code as `ffmpeg -rtsp_flags listen`) and libavcodec
// decoding, on a thread, reading the time code of each decoded picture as
// soon as the decoder hands it out: what a player built on FFmpeg sees,
// without the ffmpeg tool's own conversion and output.
//
// The demuxer's H.264 parser knows a picture is whole only when the next one
// begins, so a picture waits one frame period here. Without the parser
// (AVFMT_FLAG_NOPARSE) libavformat hands out FU-A fragments, which the
// decoder refuses even with AV_CODEC_FLAG2_CHUNKS ("Broken frame
// packetizing"), so that frame stays in the figure.
class AvReceiver
{
public:
    explicit AvReceiver(quint16 port);
    ~AvReceiver();
    AvReceiver(const AvReceiver &) = delete;
    AvReceiver &operator=(const AvReceiver &) = delete;

    void startCounting() { m_counting = true; }
    TimeCodeTally tally() const;
    // Of the same pictures: capture to their packet leaving the demuxer.
    QList<double> demuxed() const;
    QString error() const;

private:
    void run();
    void fail(const QString &what);

    quint16 m_port;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_counting{false};
    mutable QMutex m_mutex;
    TimeCodeTally m_tally;
    QList<double> m_demuxed;
    QString m_error;
    std::thread m_thread;
};
