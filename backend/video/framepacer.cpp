// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "framepacer.h"

FramePacer::FramePacer(double fps)
    : m_period(
          std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / fps)))
{}

bool FramePacer::waitForNextTick()
{
    std::unique_lock lock(m_mutex);
    const auto now = Clock::now();
    if (!m_started) {
        m_started = true;
        m_next = now;
    } else {
        m_next += m_period;
        // More than a few frames late (a stalled machine): start a new
        // schedule rather than deliver a burst.
        if (now - m_next > 4 * m_period)
            m_next = now;
    }
    m_wake.wait_until(lock, m_next, [this] { return m_cancelled; });
    return !m_cancelled;
}

void FramePacer::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_wake.notify_all();
}

void FramePacer::reset()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = false;
    m_started = false;
}
