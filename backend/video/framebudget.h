// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "framesource.h"

#include <QString>

// DESIGN: "camera buffers are a budget". A source that hands out its own
// buffers (libcamera: 6) delivers a frame only into a free one, so what
// everybody holds at once must always leave the camera a buffer. One run's
// budget, taken in this order:
// - capturing (1): the buffer the camera writes the next frame into;
// - delivering (1): the frame inside the capture callback (the preview copies
//   it there, the stream queues it);
// - keepers: consumers that keep frames after their callback returns, a
//   fixed number each (none today; the hook for, say, a motion detector that
//   keeps a reference frame: CaptureService::addConsumer(consumer, keeps));
// - the rest, shared equally by the queueing consumers (the stream: its
//   queue and the frame being encoded, StreamService::setFrameShare).
// Whoever must keep a frame beyond its share keeps a copy (FramePool::copy).
// A source that allocates or pools as needed (UnlimitedBuffers) gives every
// share without limit.
class FrameBudget
{
public:
    static constexpr int Unlimited = FrameSource::UnlimitedBuffers;
    static constexpr int Capturing = 1;
    static constexpr int Delivering = 1;

    explicit FrameBudget(int buffers = Unlimited);

    // A consumer that keeps up to frames after its callback returns.
    void addKeeper(int frames);
    // A consumer that queues frames and takes a share of what is left.
    void addQueue() { ++m_queues; }

    int buffers() const { return m_buffers; }
    bool isUnlimited() const { return m_buffers == Unlimited; }
    int kept() const { return m_kept; }
    int queues() const { return m_queues; }
    // What each queueing consumer may hold at once: Unlimited, or what
    // capture and the keepers leave, split equally (0: it must copy).
    int queueShare() const;
    // The keepers alone take the buffer capture needs: it will stall.
    bool isOvercommitted() const;
    // "6 buffers: 1 capturing, 1 being delivered, 0 kept by consumers, 4 for
    // the queueing consumer", for the log.
    QString text() const;

private:
    int left() const;

    int m_buffers;
    int m_kept = 0;
    int m_queues = 0;
};
