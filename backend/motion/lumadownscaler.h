// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "lumaimage.h"

#include <QSize>

#include <cstdint>
#include <vector>

// Shrinks a luma plane to the detector's small picture with a box filter:
// every output pixel is the mean of the source pixels in its box (boxes of
// 8x8 for 1280x720 to 160x90; sizes that do not divide get boxes one pixel
// apart in size). One pass over the plane, no allocation once the sizes are
// known; the source is only read, during the call.
class LumaDownscaler
{
public:
    // The detector's picture is this wide; its height keeps the aspect.
    static constexpr int DefaultWidth = 160;

    explicit LumaDownscaler(int targetWidth = DefaultWidth);

    // The output size for a source of this size (never larger than it).
    static QSize outputSize(int width, int height, int targetWidth = DefaultWidth);

    void downscale(const uint8_t *plane, int stride, int width, int height, LumaImage &out);

private:
    void prepare(int width, int height);

    int m_targetWidth;
    int m_sourceWidth = 0;
    int m_sourceHeight = 0;
    QSize m_output;
    std::vector<int> m_xEdges; // output column i covers source columns [edge i, edge i+1)
    std::vector<int> m_yEdges;
    std::vector<uint32_t> m_rowSums; // one source row of sums over a box's rows
};
