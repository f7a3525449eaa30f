// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "previewbridge.h"

#include "system/logging.h"

extern "C" {
#include <libswscale/swscale.h>
}

#include <cstring>

PreviewBridge::PreviewBridge(QObject *parent)
    : QObject(parent)
{
    m_fpsTimer.setInterval(1000);
    connect(&m_fpsTimer, &QTimer::timeout, this, [this] {
        const quint64 shown = m_shown;
        const double fps = double(shown - m_shownAtLastTick);
        m_shownAtLastTick = shown;
        if (!qFuzzyCompare(fps + 1, m_displayFps + 1)) {
            m_displayFps = fps;
            emit displayFpsChanged();
        }
        // Every second at debug level (bench/preview turns it on), every
        // minute at info level like the stream stats.
        qCDebug(lcVideo).noquote() << statsText();
        if (++m_ticks % 60 == 0)
            qCInfo(lcVideo).noquote() << statsText();
    });
    m_fpsTimer.start();
}

PreviewBridge::~PreviewBridge()
{
    if (m_offered)
        qCInfo(lcVideo).noquote() << statsText() << "(at exit)";
}

QString PreviewBridge::statsText() const
{
    return QStringLiteral("preview: %1 of %2 frames shown, %3 fps, %4 ring slots replaced")
        .arg(m_shown.load())
        .arg(m_offered.load())
        .arg(m_displayFps, 0, 'f', 1)
        .arg(m_replacedSlots.load());
}

void PreviewBridge::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    m_sink = sink;
    m_hasSink = sink != nullptr;
    emit videoSinkChanged();
}

void PreviewBridge::setMaximumFps(double fps)
{
    m_minIntervalNs = fps > 0 ? qint64(1e9 / fps) : 0;
}

void PreviewBridge::present(const Frame &frame)
{
    m_offered.fetch_add(1, std::memory_order_relaxed);
    if (!m_hasSink || m_pending)
        return;
    const qint64 now = frame.timestampNs();
    // A little slack so a 30 fps camera is not cut to 15 by jitter.
    if (m_lastShownNs && now - m_lastShownNs < m_minIntervalNs * 9 / 10)
        return;
    m_lastShownNs = now;

    QVideoFrame *mapped = writableSlot(frame.width(), frame.height());
    if (!mapped)
        return;
    QVideoFrame &target = *mapped;
    for (int p = 0; p < Frame::PlaneCount; ++p) {
        const int rows = frame.planeHeight(p);
        const int bytes = frame.planeWidth(p);
        const int dstStride = target.bytesPerLine(p);
        uint8_t *dst = target.bits(p);
        const uint8_t *src = frame.plane(p);
        if (dstStride == frame.stride(p)) {
            std::memcpy(dst, src, size_t(dstStride) * rows);
        } else {
            for (int y = 0; y < rows; ++y)
                std::memcpy(dst + size_t(y) * dstStride, src + size_t(y) * frame.stride(p), bytes);
        }
    }
    target.unmap();
    target.setStartTime(frame.timestampNs() / 1000);
    const int slot = m_next;
    m_next = (m_next + 1) % int(m_ring.size());
    m_pending = true;
    const auto showSlot = [this, slot] { show(slot); };
    QMetaObject::invokeMethod(this, showSlot, Qt::QueuedConnection);
}

QVideoFrame *PreviewBridge::writableSlot(int width, int height)
{
    QVideoFrame &slot = m_ring[m_next];
    if (!slot.isValid() || slot.width() != width || slot.height() != height)
        slot = newFrame(width, height);
    // Qt 6.4's renderer maps a frame for reading to upload it and leaves the
    // unmap to the frame's destructor, which never runs while the ring holds
    // the frame. This slot was shown two frames ago and nothing reads it any
    // more (only the newest frame is uploaded), so its stale maps can go.
    while (slot.isMapped())
        slot.unmap();
    if (slot.map(QVideoFrame::WriteOnly))
        return &slot;
    slot = newFrame(width, height);
    ++m_replacedSlots;
    return slot.map(QVideoFrame::WriteOnly) ? &slot : nullptr;
}

QVideoFrame PreviewBridge::newFrame(int width, int height)
{
    QVideoFrameFormat format(QSize(width, height), QVideoFrameFormat::Format_YUV420P);
    format.setColorSpace(height >= 720 ? QVideoFrameFormat::ColorSpace_BT709
                                       : QVideoFrameFormat::ColorSpace_BT601);
    format.setColorRange(QVideoFrameFormat::ColorRange_Video);
    return QVideoFrame(format);
}

void PreviewBridge::show(int slot)
{
    if (m_sink)
        m_sink->setVideoFrame(m_ring[slot]);
    m_onScreen = slot;
    ++m_shown;
    m_pending = false;
}

QImage PreviewBridge::snapshot() const
{
    // The slot on screen is not written while we read it: present() writes
    // only the slot after the one last shown, and only once show() ran for
    // it, which happens on this thread.
    if (m_onScreen < 0)
        return {};
    QVideoFrame frame = m_ring[size_t(m_onScreen)]; // shares the pixels
    if (!frame.isValid() || !frame.map(QVideoFrame::ReadOnly))
        return {};
    const int width = frame.width();
    const int height = frame.height();
    QImage image(width, height, QImage::Format_RGB32);
    SwsContext *sws = sws_getContext(width, height, AV_PIX_FMT_YUV420P, width, height,
                                     AV_PIX_FMT_BGRA, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!sws) {
        frame.unmap();
        return {};
    }
    const uint8_t *src[4] = {frame.bits(0), frame.bits(1), frame.bits(2), nullptr};
    const int srcStride[4] = {frame.bytesPerLine(0), frame.bytesPerLine(1), frame.bytesPerLine(2),
                              0};
    uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    sws_scale(sws, src, srcStride, 0, height, dst, dstStride);
    sws_freeContext(sws);
    frame.unmap();
    return image;
}
