// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "motionscene.h"
#include "video/framesource.h"

namespace TestSupport {

// A camera filming a MotionScene, stepped by the test: each step() is one
// frame period (timestamps advance by exactly 1/fps, whatever the wall
// clock does) and delivers the scene as it is set then, on the caller's
// thread. It checks that nobody keeps its frames: after each delivery the
// frame must be its own again (maxHeldAfterDelivery() stays 1).
class SceneSource : public FrameSource
{
public:
    SceneSource() = default;
    ~SceneSource() override;

    bool start(const Format &format, FrameCallback onFrame, ErrorCallback onError) override;
    void stop() override;
    QString description() const override;
    int bufferCount() const override { return UnlimitedBuffers; }

    MotionScene &scene() { return m_scene; }
    void step();

    quint64 delivered() const { return m_sequence; }
    // The most copies of a frame left once every consumer had returned.
    long maxHeldAfterDelivery() const { return m_maxHeld; }
    // The frame period in ns.
    qint64 periodNs() const { return 1'000'000'000LL / m_format.fps; }

private:
    Format m_format;
    FrameCallback m_onFrame;
    MotionScene m_scene;
    qint64 m_startNs = 0;
    quint64 m_sequence = 0;
    long m_maxHeld = 0;
    bool m_running = false;
};

} // namespace TestSupport
