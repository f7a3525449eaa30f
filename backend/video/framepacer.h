// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

// Keeps a producer thread at a steady frame rate: each wait ends at the next
// tick of a fixed schedule (so small delays do not add up), and a producer
// that fell far behind skips ahead instead of bursting. cancel() ends a wait
// at once, from any thread.
class FramePacer
{
public:
    explicit FramePacer(double fps);

    // Sleeps until the next tick; false once cancelled.
    bool waitForNextTick();
    void cancel();
    void reset();

private:
    using Clock = std::chrono::steady_clock;
    Clock::duration m_period;
    Clock::time_point m_next;
    bool m_started = false;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_cancelled = false;
};
