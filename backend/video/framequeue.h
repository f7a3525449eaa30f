// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

// The bounded hand-off between capture and the stream worker. A push never
// waits: when the queue is full the oldest frame is dropped and counted, so a
// slow encoder or network never holds up capture.
class FrameQueue
{
public:
    explicit FrameQueue(int capacity = 3);

    // Accepts frames until close(); open() also clears the counters.
    void open();
    void close();

    // Any thread. False when closed (the frame is not counted).
    bool push(const Frame &frame);
    // Waits up to timeout for a frame; a null frame on timeout or close.
    Frame pop(std::chrono::milliseconds timeout);

    quint64 pushed() const;
    quint64 dropped() const;
    int capacity() const { return m_capacity; }

private:
    const int m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Frame> m_frames;
    bool m_open = false;
    quint64 m_pushed = 0;
    quint64 m_dropped = 0;
};
