// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "lumadownscaler.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

LumaDownscaler::LumaDownscaler(int targetWidth)
    : m_targetWidth(std::max(1, targetWidth))
{}

QSize LumaDownscaler::outputSize(int width, int height, int targetWidth)
{
    if (width <= 0 || height <= 0)
        return {};
    const int w = std::min(width, std::max(1, targetWidth));
    const int h = std::clamp(int(std::lround(double(height) * w / width)), 1, height);
    return {w, h};
}

void LumaDownscaler::prepare(int width, int height)
{
    if (width == m_sourceWidth && height == m_sourceHeight)
        return;
    m_sourceWidth = width;
    m_sourceHeight = height;
    m_output = outputSize(width, height, m_targetWidth);
    const auto edges = [](int source, int output, std::vector<int> &out) {
        out.resize(size_t(output) + 1);
        for (int i = 0; i <= output; ++i)
            out[size_t(i)] = int(qint64(i) * source / output);
    };
    edges(width, m_output.width(), m_xEdges);
    edges(height, m_output.height(), m_yEdges);
    m_rowSums.assign(size_t(width), 0);
}

void LumaDownscaler::downscale(const uint8_t *plane, int stride, int width, int height,
                               LumaImage &out)
{
    prepare(width, height);
    const int outW = m_output.width();
    const int outH = m_output.height();
    out.resize(outW, outH);
    uint32_t *sums = m_rowSums.data();
    for (int j = 0; j < outH; ++j) {
        const int y0 = m_yEdges[size_t(j)];
        const int y1 = m_yEdges[size_t(j) + 1];
        // The box rows added up column by column (vectorises), then each box's columns.
        std::fill(sums, sums + width, 0u);
        for (int y = y0; y < y1; ++y) {
            const uint8_t *src = plane + qptrdiff(y) * stride;
            for (int x = 0; x < width; ++x)
                sums[x] += src[x];
        }
        uint8_t *dst = out.row(j);
        const uint32_t rows = uint32_t(y1 - y0);
        for (int i = 0; i < outW; ++i) {
            const int x0 = m_xEdges[size_t(i)];
            const int x1 = m_xEdges[size_t(i) + 1];
            uint32_t sum = 0;
            for (int x = x0; x < x1; ++x)
                sum += sums[x];
            const uint32_t n = rows * uint32_t(x1 - x0);
            dst[i] = uint8_t((sum + n / 2) / n);
        }
    }
}
