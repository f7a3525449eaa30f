// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QMetaType>
#include <QtGlobal>

#include <array>
#include <cstdint>
#include <functional>
#include <memory>

// One captured picture in I420 (Y, then U and V at half size in both
// directions), as every source delivers it. Copying a Frame is cheap: the
// pixels are shared and read-only once published. Where the pixels live (a
// pooled buffer, an FFmpeg frame, a libcamera dmabuf) is hidden behind a
// release function that runs when the last copy goes away.
class Frame
{
public:
    static constexpr int PlaneCount = 3;
    using Release = std::function<void()>;

    Frame() = default;

    // Wraps planes owned elsewhere; release() runs once the last copy is gone.
    static Frame wrap(int width, int height, const std::array<const uint8_t *, PlaneCount> &planes,
                      const std::array<int, PlaneCount> &strides, Release release);
    // A fresh buffer, rows padded to 32 bytes, for sources that draw or convert.
    static Frame allocate(int width, int height);

    bool isNull() const { return !m_d; }
    int width() const { return m_d ? m_d->width : 0; }
    int height() const { return m_d ? m_d->height : 0; }
    const uint8_t *plane(int i) const { return m_d->planes[i]; }
    int stride(int i) const { return m_d->strides[i]; }
    int planeWidth(int i) const { return i == 0 ? width() : (width() + 1) / 2; }
    int planeHeight(int i) const { return i == 0 ? height() : (height() + 1) / 2; }

    // Monotonic capture time (CLOCK_MONOTONIC, ns) and a per-source counter.
    qint64 timestampNs() const { return m_d ? m_d->timestampNs : 0; }
    quint64 sequence() const { return m_d ? m_d->sequence : 0; }

    // Only for the producer, before the frame is handed to anyone.
    uint8_t *mutablePlane(int i) { return const_cast<uint8_t *>(m_d->planes[i]); }
    void setTimestampNs(qint64 ns) { m_d->timestampNs = ns; }
    void setSequence(quint64 sequence) { m_d->sequence = sequence; }

    // How many copies share the pixels (for buffer pools and tests).
    long useCount() const { return m_d.use_count(); }

    static qint64 monotonicNowNs();

private:
    struct Data
    {
        int width = 0;
        int height = 0;
        std::array<const uint8_t *, PlaneCount> planes{};
        std::array<int, PlaneCount> strides{};
        qint64 timestampNs = 0;
        quint64 sequence = 0;
        Release release;
        ~Data()
        {
            if (release)
                release();
        }
    };
    std::shared_ptr<Data> m_d;
};

Q_DECLARE_METATYPE(Frame)
