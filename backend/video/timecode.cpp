// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "timecode.h"

#include "frame.h"

#include <cstring>

namespace TimeCode {

namespace {

constexpr uint8_t White = 235;
constexpr uint8_t Black = 16;
constexpr int TotalBits = DataBits + 8;

// CRC-8 (polynomial 0x07) over the 40 bits, most significant byte first.
uint8_t crc8(quint64 value)
{
    uint8_t crc = 0;
    for (int byte = 4; byte >= 0; --byte) {
        crc ^= uint8_t(value >> (8 * byte));
        for (int k = 0; k < 8; ++k)
            crc = uint8_t((crc & 0x80) ? (crc << 1) ^ 0x07 : crc << 1);
    }
    return crc;
}

struct Placement
{
    int block;
    int left;
    int top;
};

Placement place(int width)
{
    const int b = blockSize(width);
    // Right-aligned on a 16-pixel grid, one block below the top edge.
    const int left = ((width - BlocksPerRow * b - b) / 16) * 16;
    return {b, left, 16};
}

} // namespace

int blockSize(int width)
{
    return width >= 2560 ? 32 : width >= 640 ? 16 : 8;
}

bool fits(int width, int height)
{
    const int b = blockSize(width);
    return width >= (BlocksPerRow + 1) * b + 16 && height >= 16 + Rows * b;
}

void draw(Frame &frame, qint64 ms)
{
    if (!fits(frame.width(), frame.height()))
        return;
    const Placement p = place(frame.width());
    const quint64 value = quint64(ms) & ((quint64(1) << DataBits) - 1);
    const quint64 word = (value << 8) | crc8(value);
    for (int row = 0; row < Rows; ++row) {
        for (int i = 0; i < BlocksPerRow; ++i) {
            bool white;
            if (i < 2) {
                white = i == 0;
            } else {
                const int bit = row * (BlocksPerRow - 2) + (i - 2);
                white = (word >> (TotalBits - 1 - bit)) & 1;
            }
            const int x = p.left + i * p.block;
            const int y0 = p.top + row * p.block;
            for (int y = y0; y < y0 + p.block; ++y)
                std::memset(frame.mutablePlane(0) + size_t(y) * frame.stride(0) + x,
                            white ? White : Black, size_t(p.block));
        }
    }
    // Neutral chroma under the strip: pure greys survive subsampling.
    for (int plane = 1; plane < 3; ++plane) {
        for (int y = p.top / 2; y < (p.top + Rows * p.block) / 2; ++y)
            std::memset(frame.mutablePlane(plane) + size_t(y) * frame.stride(plane) + p.left / 2,
                        128, size_t(BlocksPerRow * p.block / 2));
    }
}

std::optional<qint64> read(const uint8_t *luma, int stride, int width, int height)
{
    if (!luma || !fits(width, height))
        return std::nullopt;
    const Placement p = place(width);
    // The mean of each block's inner half: edges blur, centres do not.
    const auto level = [&](int row, int i) {
        const int x0 = p.left + i * p.block + p.block / 4;
        const int y0 = p.top + row * p.block + p.block / 4;
        int sum = 0;
        for (int y = y0; y < y0 + p.block / 2; ++y)
            for (int x = x0; x < x0 + p.block / 2; ++x)
                sum += luma[size_t(y) * stride + x];
        return sum / ((p.block / 2) * (p.block / 2));
    };
    quint64 word = 0;
    for (int row = 0; row < Rows; ++row) {
        const int white = level(row, 0);
        const int black = level(row, 1);
        if (white - black < 64)
            return std::nullopt; // no code here
        const int threshold = (white + black) / 2;
        for (int i = 2; i < BlocksPerRow; ++i)
            word = (word << 1) | (level(row, i) > threshold ? 1 : 0);
    }
    const quint64 value = word >> 8;
    if (crc8(value) != uint8_t(word & 0xFF))
        return std::nullopt;
    return qint64(value);
}

} // namespace TimeCode
