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
// slow encoder or network never holds up capture. Its capacity is the
// stream's share of the camera's buffers (FrameBudget), set per source.
class FrameQueue
{
public:
    explicit FrameQueue(int capacity = 3);

    // Accepts frames until close(); open() also clears the counters.
    void open();
    void close();

    bool isOpen() const;

    // Any thread. False when closed (the frame is not counted).
    bool push(const Frame &frame);
    // Waits up to timeout for a frame; a null frame on timeout or close.
    Frame pop(std::chrono::milliseconds timeout);

    quint64 pushed() const;
    quint64 dropped() const;
    int capacity() const;
    // Any thread, at least 1; frames beyond it are dropped (oldest first)
    // and counted.
    void setCapacity(int capacity);

private:
    int m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Frame> m_frames;
    bool m_open = false;
    quint64 m_pushed = 0;
    quint64 m_dropped = 0;
};
