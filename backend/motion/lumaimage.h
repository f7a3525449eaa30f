// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

// A small grey picture (8 bits, rows packed): what the motion detector
// looks at, made from a frame's luma plane by LumaDownscaler.
struct LumaImage
{
    int width = 0;
    int height = 0;
    std::vector<uint8_t> pixels; // width * height

    LumaImage() = default;
    LumaImage(int w, int h, uint8_t fill = 0)
        : width(w)
        , height(h)
        , pixels(std::size_t(w) * std::size_t(h), fill)
    {}

    // Keeps the buffer when the size is the same (no allocation per frame).
    void resize(int w, int h)
    {
        width = w;
        height = h;
        pixels.resize(std::size_t(w) * std::size_t(h));
    }
    bool isNull() const { return width <= 0 || height <= 0; }
    uint8_t *row(int y) { return pixels.data() + std::size_t(y) * std::size_t(width); }
    const uint8_t *row(int y) const { return pixels.data() + std::size_t(y) * std::size_t(width); }
    uint8_t at(int x, int y) const { return row(y)[x]; }
    uint8_t &at(int x, int y) { return row(y)[x]; }
};
