// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "fixedbuffersource.h"

#include <cstring>

namespace TestSupport {

// The buffers and which of them are free; shared with the frames in flight,
// which may be released on any thread, also after the source is gone.
struct FixedBufferSource::Shelf
{
    mutable QMutex mutex;
    std::vector<Frame> buffers;
    std::vector<bool> free;
    quint64 delivered = 0;
    quint64 missed = 0;
};

FixedBufferSource::FixedBufferSource(int buffers)
    : m_buffers(buffers)
    , m_shelf(std::make_shared<Shelf>())
{}

FixedBufferSource::~FixedBufferSource()
{
    stop();
}

bool FixedBufferSource::start(const Format &format, FrameCallback onFrame, ErrorCallback)
{
    stop();
    m_format = format;
    m_onFrame = std::move(onFrame);
    bool sameSize = false;
    {
        QMutexLocker lock(&m_shelf->mutex);
        sameSize = !m_shelf->buffers.empty() && m_shelf->buffers.front().width() == format.width &&
                   m_shelf->buffers.front().height() == format.height;
    }
    if (!sameSize) {
        // Frames of an earlier run keep their own shelf.
        auto shelf = std::make_shared<Shelf>();
        for (int i = 0; i < m_buffers; ++i)
            shelf->buffers.push_back(Frame::allocate(format.width, format.height));
        shelf->free.assign(size_t(m_buffers), true);
        m_shelf = std::move(shelf);
    }
    m_running = true;
    m_writing = takeFree();
    return true;
}

void FixedBufferSource::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_writing >= 0) {
        QMutexLocker lock(&m_shelf->mutex);
        m_shelf->free[size_t(m_writing)] = true;
    }
    m_writing = -1;
    m_onFrame = nullptr;
}

QString FixedBufferSource::description() const
{
    return QStringLiteral("simulated camera with %1 buffers %2x%3")
        .arg(m_buffers)
        .arg(m_format.width)
        .arg(m_format.height);
}

int FixedBufferSource::takeFree()
{
    QMutexLocker lock(&m_shelf->mutex);
    for (size_t i = 0; i < m_shelf->free.size(); ++i) {
        if (m_shelf->free[i]) {
            m_shelf->free[i] = false;
            return int(i);
        }
    }
    return -1;
}

void FixedBufferSource::step()
{
    if (!m_running)
        return;
    // The sensor goes on: the next frame begins now, in a free buffer if
    // there is one, while the one just written is handed on.
    const int written = m_writing;
    m_writing = takeFree();
    const quint64 sequence = m_sequence++;
    if (written < 0) {
        QMutexLocker lock(&m_shelf->mutex);
        ++m_shelf->missed;
        return;
    }
    Frame buffer;
    {
        QMutexLocker lock(&m_shelf->mutex);
        buffer = m_shelf->buffers[size_t(written)];
        ++m_shelf->delivered;
    }
    const auto luma = uint8_t(lumaOf(sequence));
    for (int p = 0; p < Frame::PlaneCount; ++p) {
        for (int y = 0; y < buffer.planeHeight(p); ++y)
            std::memset(buffer.mutablePlane(p) + size_t(y) * buffer.stride(p), p ? 128 : luma,
                        size_t(buffer.planeWidth(p)));
    }
    // The frame keeps the shelf (and so its pixels) alive.
    Frame frame = Frame::wrap(
        buffer.width(), buffer.height(), {buffer.plane(0), buffer.plane(1), buffer.plane(2)},
        {buffer.stride(0), buffer.stride(1), buffer.stride(2)}, [shelf = m_shelf, written] {
            QMutexLocker lock(&shelf->mutex);
            shelf->free[size_t(written)] = true;
        });
    frame.setSequence(sequence);
    frame.setTimestampNs(Frame::monotonicNowNs());
    m_onFrame(frame);
}

quint64 FixedBufferSource::delivered() const
{
    QMutexLocker lock(&m_shelf->mutex);
    return m_shelf->delivered;
}

quint64 FixedBufferSource::missed() const
{
    QMutexLocker lock(&m_shelf->mutex);
    return m_shelf->missed;
}

int FixedBufferSource::buffersHeld() const
{
    QMutexLocker lock(&m_shelf->mutex);
    int held = 0;
    for (const bool free : m_shelf->free)
        held += free ? 0 : 1;
    return held;
}

} // namespace TestSupport
