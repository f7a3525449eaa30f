// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "scenesource.h"

#include <algorithm>
#include <cstring>

namespace TestSupport {

SceneSource::~SceneSource()
{
    stop();
}

bool SceneSource::start(const Format &format, FrameCallback onFrame, ErrorCallback)
{
    m_format = format;
    m_onFrame = std::move(onFrame);
    m_startNs = Frame::monotonicNowNs();
    m_running = true;
    return true;
}

void SceneSource::stop()
{
    m_running = false;
    m_onFrame = nullptr;
}

QString SceneSource::description() const
{
    return QStringLiteral("motion scene %1x%2").arg(m_format.width).arg(m_format.height);
}

void SceneSource::step()
{
    if (!m_running)
        return;
    Frame frame = Frame::allocate(m_format.width, m_format.height);
    m_scene.draw(frame.mutablePlane(0), frame.stride(0), frame.width(), frame.height());
    for (int p = 1; p < Frame::PlaneCount; ++p) {
        for (int y = 0; y < frame.planeHeight(p); ++y)
            std::memset(frame.mutablePlane(p) + size_t(y) * frame.stride(p), 128,
                        size_t(frame.planeWidth(p)));
    }
    frame.setSequence(m_sequence);
    frame.setTimestampNs(m_startNs + qint64(m_sequence) * periodNs());
    ++m_sequence;
    m_onFrame(frame);
    m_maxHeld = std::max(m_maxHeld, frame.useCount());
}

} // namespace TestSupport
