// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "frame.h"

#include <cstdlib>
#include <ctime>

namespace {
constexpr int RowAlignment = 32;

int aligned(int bytes)
{
    return (bytes + RowAlignment - 1) / RowAlignment * RowAlignment;
}
} // namespace

Frame Frame::wrap(int width, int height, const std::array<const uint8_t *, PlaneCount> &planes,
                  const std::array<int, PlaneCount> &strides, Release release)
{
    Frame f;
    f.m_d = std::make_shared<Data>();
    f.m_d->width = width;
    f.m_d->height = height;
    f.m_d->planes = planes;
    f.m_d->strides = strides;
    f.m_d->release = std::move(release);
    return f;
}

Frame Frame::allocate(int width, int height)
{
    const int strideY = aligned(width);
    const int strideC = aligned((width + 1) / 2);
    const int chromaHeight = (height + 1) / 2;
    const size_t sizeY = size_t(strideY) * height;
    const size_t sizeC = size_t(strideC) * chromaHeight;
    auto *base = static_cast<uint8_t *>(std::aligned_alloc(64, aligned(int(sizeY + 2 * sizeC))));
    if (!base)
        return {};
    return wrap(width, height, {base, base + sizeY, base + sizeY + sizeC},
                {strideY, strideC, strideC}, [base] { std::free(base); });
}

qint64 Frame::monotonicNowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
