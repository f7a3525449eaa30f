// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "video/framesource.h"

#include <QMutex>

#include <memory>
#include <vector>

namespace TestSupport {

// A camera with a fixed number of buffers, as libcamera has: every frame is
// written into one of N buffers and handed on as it is (no copy); the buffer
// is the camera's again only when the last copy of the frame is released.
// Like a sensor that streams continuously, the next frame is already being
// written into another buffer while a frame is delivered, so a frame period
// that begins with no free buffer is lost: missed() counts those.
//
// Time passes only in step(), on the caller's thread, so a test decides
// what happens between two frames. Each frame's Y plane is one grey level,
// 16 + its sequence number (mod 200), chroma neutral.
class FixedBufferSource : public FrameSource
{
public:
    explicit FixedBufferSource(int buffers);
    ~FixedBufferSource() override;

    bool start(const Format &format, FrameCallback onFrame, ErrorCallback onError) override;
    void stop() override;
    QString description() const override;
    int bufferCount() const override { return m_buffers; }

    // One frame period: the frame written during the last one is delivered
    // (if it had a buffer) and the next one begins (if one is free).
    void step();

    quint64 delivered() const;
    // Frame periods that began with every buffer held.
    quint64 missed() const;
    // Buffers not free: being written, being delivered or held by consumers.
    int buffersHeld() const;
    // The grey level of the frame with this sequence number.
    static int lumaOf(quint64 sequence) { return 16 + int(sequence % 200); }

private:
    struct Shelf;
    int takeFree();

    const int m_buffers;
    Format m_format;
    FrameCallback m_onFrame;
    std::shared_ptr<Shelf> m_shelf;
    int m_writing = -1; // the buffer the sensor writes the next frame into
    quint64 m_sequence = 0;
    bool m_running = false;
};

} // namespace TestSupport
