// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QtGlobal>

#include <cstdint>
#include <optional>

class Frame;

// A capture time a machine can read back from the picture, after H.264 at a
// low bit rate and a decode: 40 bits of CLOCK_MONOTONIC milliseconds and a
// CRC-8, as two rows of large black and white blocks with a white and a black
// reference block at the start of each row (the reader thresholds between
// them). Blocks are whole macroblocks, on neutral chroma, in the top right
// corner (the kiosk's preview badge is top left, the readable clock bottom
// left). bench/latency reads it from the receiver's decoded frames.
namespace TimeCode {

inline constexpr int DataBits = 40;
inline constexpr int Rows = 2;
inline constexpr int BlocksPerRow = 2 + (DataBits + 8) / Rows; // references + bits

// Edge of one block in pixels for a picture this wide.
int blockSize(int width);
// Whether a picture this big can carry the code.
bool fits(int width, int height);

// Draws ms (modulo 2^40) into the frame's planes.
void draw(Frame &frame, qint64 ms);
// Reads it back from a luma plane; nullopt when no valid code is there.
std::optional<qint64> read(const uint8_t *luma, int stride, int width, int height);

} // namespace TimeCode
