// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"

#include <QMutex>

#include <memory>
#include <vector>

// Recycles frame buffers of one size, so a source producing 30 frames a
// second does not map and fault in a fresh megabyte for each of them. A frame
// taken from the pool goes back to it when its last copy is released, even if
// the pool itself is gone by then.
class FramePool
{
public:
    FramePool(int width, int height);

    // A writable frame; a new buffer when all pooled ones are in use.
    Frame take();
    // A pooled copy of frame (pixels, timestamp, sequence), for a consumer
    // that keeps a frame longer than the source's buffer budget allows; null
    // when frame's size is not the pool's.
    Frame copy(const Frame &frame);
    int width() const { return m_width; }
    int height() const { return m_height; }
    // Buffers created so far (for tests: stays small when frames are released).
    int buffersCreated() const;

private:
    struct Shelf
    {
        QMutex mutex;
        std::vector<Frame> idle;
        int created = 0;
    };
    int m_width;
    int m_height;
    std::shared_ptr<Shelf> m_shelf;
};
