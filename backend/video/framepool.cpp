// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "framepool.h"

#include <cstring>

FramePool::FramePool(int width, int height)
    : m_width(width)
    , m_height(height)
    , m_shelf(std::make_shared<Shelf>())
{}

Frame FramePool::take()
{
    Frame buffer;
    {
        QMutexLocker lock(&m_shelf->mutex);
        if (!m_shelf->idle.empty()) {
            buffer = std::move(m_shelf->idle.back());
            m_shelf->idle.pop_back();
        } else {
            ++m_shelf->created;
        }
    }
    if (buffer.isNull())
        buffer = Frame::allocate(m_width, m_height);
    if (buffer.isNull())
        return {};
    // The handed-out frame shares the buffer's pixels; when its last copy
    // goes, the buffer returns to the shelf (if the shelf still exists).
    std::weak_ptr<Shelf> shelf = m_shelf;
    return Frame::wrap(m_width, m_height, {buffer.plane(0), buffer.plane(1), buffer.plane(2)},
                       {buffer.stride(0), buffer.stride(1), buffer.stride(2)},
                       [shelf, buffer]() mutable {
                           if (auto s = shelf.lock()) {
                               QMutexLocker lock(&s->mutex);
                               s->idle.push_back(std::move(buffer));
                           }
                       });
}

int FramePool::buffersCreated() const
{
    QMutexLocker lock(&m_shelf->mutex);
    return m_shelf->created;
}

Frame FramePool::copy(const Frame &frame)
{
    if (frame.isNull() || frame.width() != m_width || frame.height() != m_height)
        return {};
    Frame out = take();
    if (out.isNull())
        return {};
    for (int p = 0; p < Frame::PlaneCount; ++p) {
        const int rows = frame.planeHeight(p);
        if (frame.stride(p) == out.stride(p)) {
            std::memcpy(out.mutablePlane(p), frame.plane(p), size_t(out.stride(p)) * rows);
            continue;
        }
        for (int y = 0; y < rows; ++y)
            std::memcpy(out.mutablePlane(p) + size_t(y) * out.stride(p),
                        frame.plane(p) + size_t(y) * frame.stride(p), size_t(frame.planeWidth(p)));
    }
    out.setTimestampNs(frame.timestampNs());
    out.setSequence(frame.sequence());
    return out;
}
