// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "latencywindow.h"
#include "streamstats.h"

#include <deque>

// Where a picture's time goes inside the program, from its capture timestamp
// to the moment its packet has been handed to the socket: waiting in the
// stream queue, in the encoder, and in the write. All times CLOCK_MONOTONIC
// (Frame::monotonicNowNs). An encoder may hand out a packet frames later
// (hardware encoders do), so each frame's dequeue time is remembered by its
// capture timestamp until its packet comes.
class StreamLatency
{
public:
    // The worker took the frame captured at captureNs from the queue.
    void dequeued(qint64 captureNs, qint64 nowNs);
    // The encoder gave out the packet of that frame.
    void encoded(qint64 captureNs, qint64 nowNs);
    // The packet's last byte was handed to the socket.
    void sent(qint64 captureNs, qint64 nowNs);
    // A new session: packets still owed by the encoder are forgotten.
    void reset();

    // Median and p99 of capture to socket over the last 10 s, and the
    // median of each stage, into stats (zeros when nothing was sent).
    void summarise(qint64 nowNs, StreamStats &stats);

private:
    struct InFlight
    {
        qint64 captureNs;
        qint64 dequeuedNs;
        qint64 encodedNs = 0;
    };
    InFlight *find(qint64 captureNs);

    // A handful: the encoder's delay in frames; bounded so a packet that
    // never comes (a dropped frame in a hardware encoder) cannot grow it.
    static constexpr size_t MaxInFlight = 32;
    std::deque<InFlight> m_inFlight;
    LatencyWindow m_total;
    LatencyWindow m_queue;
    LatencyWindow m_encode;
    LatencyWindow m_send;
};
