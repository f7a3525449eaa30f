// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

// Where the picture of a libcamera buffer lies: which dmabufs to map and how
// much of each, and where every plane starts. libcamera describes a buffer
// as planes {fd, offset, length}. The Raspberry Pi ISPs put all three YUV420
// planes into one dmabuf at offsets (Pi 4: luma rows padded to 64 bytes,
// chroma rows half of that; Pi 5 PiSP: chroma rows padded to 64 bytes, luma
// rows twice that); other drivers give one dmabuf per plane. Pure arithmetic
// over those numbers (no libcamera types), so it is tested without a camera;
// LibcameraSource maps what it returns. Nothing outside a dmabuf, or outside
// the plane libcamera says holds it, is ever part of the result.
namespace LibcameraPlanes {

// How the picture's planes are arranged.
enum class Layout {
    I420,          // Y, then U and V at half width and height (rows of stride / 2)
    SemiPlanar420, // NV12, NV21: Y, then interleaved chroma at half height (rows of stride)
    Packed,        // one plane: YUYV, UYVY, RGB
};

// One plane as libcamera reports it.
struct BufferPlane
{
    int fd = -1;
    std::optional<uint64_t> offset; // empty: libcamera's kInvalidOffset
    uint64_t length = 0;
};

struct Picture
{
    Layout layout = Layout::I420;
    uint64_t rowBytes = 0; // picture bytes in one luma row (width; width x bytes per pixel)
    uint64_t stride = 0;   // bytes from one luma row to the next
    uint64_t height = 0;   // luma rows
};

// mmap(nullptr, length, PROT_READ, MAP_SHARED, fd, 0).
struct Mapping
{
    int fd = -1;
    uint64_t length = 0;
};

// A plane's first byte: the mapping of fd plus offset.
struct PlaneStart
{
    int fd = -1;
    uint64_t offset = 0;
};

struct Plan
{
    std::vector<Mapping> mappings;  // each fd once, in the order planes name them
    std::vector<PlaneStart> planes; // I420: Y, U, V; semi-planar: Y, chroma; packed: one
    QString error;                  // why the buffer is refused; empty when usable
    bool isValid() const { return error.isEmpty(); }
};

// dmabufSizes: the size of each fd's dmabuf (lseek(fd, 0, SEEK_END)). An fd
// that is missing, or 0, is trusted to be as long as its planes say.
Plan locate(const std::vector<BufferPlane> &planes, const Picture &picture,
            const std::map<int, uint64_t> &dmabufSizes);

// The number of planes a layout has in a Frame-like view (3, 2 or 1).
int planeCount(Layout layout);

} // namespace LibcameraPlanes
