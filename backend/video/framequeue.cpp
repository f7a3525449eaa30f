// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "framequeue.h"

#include <algorithm>

FrameQueue::FrameQueue(int capacity)
    : m_capacity(std::max(1, capacity))
{}

int FrameQueue::capacity() const
{
    std::lock_guard lock(m_mutex);
    return m_capacity;
}

void FrameQueue::setCapacity(int capacity)
{
    std::deque<Frame> release; // freed after the lock is released
    std::lock_guard lock(m_mutex);
    m_capacity = std::max(1, capacity);
    while (int(m_frames.size()) > m_capacity) {
        release.push_back(std::move(m_frames.front()));
        m_frames.pop_front();
        ++m_dropped;
    }
}

bool FrameQueue::isOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_open;
}

void FrameQueue::open()
{
    std::lock_guard lock(m_mutex);
    m_open = true;
    m_frames.clear();
    m_pushed = 0;
    m_dropped = 0;
}

void FrameQueue::close()
{
    std::deque<Frame> release;
    {
        std::lock_guard lock(m_mutex);
        m_open = false;
        release.swap(m_frames); // freed outside the lock
    }
    m_ready.notify_all();
}

bool FrameQueue::push(const Frame &frame)
{
    Frame oldest;
    {
        std::lock_guard lock(m_mutex);
        if (!m_open)
            return false;
        ++m_pushed;
        if (int(m_frames.size()) >= m_capacity) {
            oldest = std::move(m_frames.front());
            m_frames.pop_front();
            ++m_dropped;
        }
        m_frames.push_back(frame);
    }
    m_ready.notify_one();
    return true;
}

Frame FrameQueue::pop(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_ready.wait_for(lock, timeout, [this] { return !m_frames.empty() || !m_open; });
    if (m_frames.empty())
        return {};
    Frame frame = std::move(m_frames.front());
    m_frames.pop_front();
    return frame;
}

quint64 FrameQueue::pushed() const
{
    std::lock_guard lock(m_mutex);
    return m_pushed;
}

quint64 FrameQueue::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}
