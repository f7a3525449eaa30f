// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "libcameraplanes.h"

#include <algorithm>
#include <limits>

namespace LibcameraPlanes {

namespace {

// Far beyond any camera buffer; keeps every sum and product below 2^64.
constexpr uint64_t Limit = uint64_t(1) << 40;
constexpr uint64_t MaxStride = uint64_t(1) << 20;
constexpr uint64_t MaxHeight = uint64_t(1) << 18;

// One plane of the picture as its readers see it.
struct PicturePlane
{
    size_t source = 0;  // the libcamera plane holding it
    uint64_t start = 0; // in that plane's dmabuf
    uint64_t rowStride = 0;
    uint64_t rows = 0;
    uint64_t rowBytes = 0;

    // From start to one past the last byte a reader touches (the last row is
    // not read up to its stride).
    uint64_t span() const { return (rows - 1) * rowStride + rowBytes; }
    // From start to where the next plane begins when planes follow each other.
    uint64_t size() const { return rows * rowStride; }
};

Plan refuse(const QString &why)
{
    Plan plan;
    plan.error = why;
    return plan;
}

} // namespace

int planeCount(Layout layout)
{
    switch (layout) {
    case Layout::I420:
        return 3;
    case Layout::SemiPlanar420:
        return 2;
    case Layout::Packed:
        break;
    }
    return 1;
}

Plan locate(const std::vector<BufferPlane> &planes, const Picture &picture,
            const std::map<int, uint64_t> &dmabufSizes)
{
    const uint64_t stride = picture.stride;
    const uint64_t height = picture.height;
    const uint64_t rowBytes = picture.rowBytes;
    if (planes.empty())
        return refuse(QStringLiteral("the buffer has no planes"));
    if (stride == 0 || height == 0 || rowBytes == 0)
        return refuse(QStringLiteral("empty picture: stride %1, %2 rows of %3 bytes")
                          .arg(stride)
                          .arg(height)
                          .arg(rowBytes));
    if (stride > MaxStride || height > MaxHeight)
        return refuse(
            QStringLiteral("implausible picture: stride %1, %2 rows").arg(stride).arg(height));
    if (rowBytes > stride)
        return refuse(QStringLiteral("rows of %1 bytes do not fit in a stride of %2")
                          .arg(rowBytes)
                          .arg(stride));
    if (picture.layout == Layout::I420 && stride % 2 != 0)
        return refuse(
            QStringLiteral("YUV420 stride %1 is odd: its chroma rows would be half a byte "
                           "off")
                .arg(stride));
    for (size_t i = 0; i < planes.size(); ++i) {
        if ((planes[i].offset && *planes[i].offset > Limit) || planes[i].length > Limit)
            return refuse(QStringLiteral("implausible plane %1: offset %2, %3 bytes")
                              .arg(i)
                              .arg(planes[i].offset.value_or(0))
                              .arg(planes[i].length));
    }

    // Offsets: libcamera's, else 0 for the first plane in a dmabuf and right
    // after the previous plane in the same dmabuf for the next (how libcamera
    // itself splits one V4L2 buffer into planes).
    std::vector<uint64_t> offsets(planes.size());
    std::map<int, uint64_t> nextInDmabuf;
    for (size_t i = 0; i < planes.size(); ++i) {
        const auto next = nextInDmabuf.find(planes[i].fd);
        offsets[i] = planes[i].offset.value_or(next == nextInDmabuf.end() ? 0 : next->second);
        nextInDmabuf[planes[i].fd] = offsets[i] + planes[i].length;
    }

    const uint64_t chromaRows = (height + 1) / 2;
    std::vector<PicturePlane> picturePlanes;
    switch (picture.layout) {
    case Layout::I420: {
        const uint64_t chromaStride = stride / 2;
        const uint64_t chromaBytes = (rowBytes + 1) / 2;
        const PicturePlane y{0, offsets[0], stride, height, rowBytes};
        if (planes.size() >= 3) {
            picturePlanes = {y,
                             {1, offsets[1], chromaStride, chromaRows, chromaBytes},
                             {2, offsets[2], chromaStride, chromaRows, chromaBytes}};
        } else if (planes.size() == 1) {
            const PicturePlane u{0, y.start + y.size(), chromaStride, chromaRows, chromaBytes};
            const PicturePlane v{0, u.start + u.size(), chromaStride, chromaRows, chromaBytes};
            picturePlanes = {y, u, v};
        } else {
            return refuse(
                QStringLiteral("YUV420 in %1 planes (expected 1 or 3)").arg(planes.size()));
        }
        break;
    }
    case Layout::SemiPlanar420: {
        // Interleaved pairs: a row of chroma is the luma row rounded up to even.
        const uint64_t chromaBytes = (rowBytes + 1) / 2 * 2;
        if (chromaBytes > stride)
            return refuse(QStringLiteral("chroma rows of %1 bytes do not fit in a stride of %2")
                              .arg(chromaBytes)
                              .arg(stride));
        const PicturePlane y{0, offsets[0], stride, height, rowBytes};
        if (planes.size() >= 2)
            picturePlanes = {y, {1, offsets[1], stride, chromaRows, chromaBytes}};
        else
            picturePlanes = {y, {0, y.start + y.size(), stride, chromaRows, chromaBytes}};
        break;
    }
    case Layout::Packed:
        picturePlanes = {{0, offsets[0], stride, height, rowBytes}};
        break;
    }

    // Every libcamera plane used lies inside its dmabuf, and every picture
    // plane inside the libcamera plane that holds it.
    std::vector<bool> used(planes.size(), false);
    for (const PicturePlane &p : picturePlanes)
        used[p.source] = true;
    Plan result;
    for (size_t i = 0; i < planes.size(); ++i) {
        if (!used[i])
            continue;
        const BufferPlane &plane = planes[i];
        if (plane.fd < 0)
            return refuse(QStringLiteral("plane %1 has no dmabuf (fd %2)").arg(i).arg(plane.fd));
        const uint64_t end = offsets[i] + plane.length;
        const auto size = dmabufSizes.find(plane.fd);
        if (size != dmabufSizes.end() && size->second > 0 && end > size->second)
            return refuse(QStringLiteral("plane %1 (offset %2, %3 bytes) overruns its dmabuf "
                                         "(fd %4, %5 bytes)")
                              .arg(i)
                              .arg(offsets[i])
                              .arg(plane.length)
                              .arg(plane.fd)
                              .arg(size->second));
        auto mapping = std::find_if(result.mappings.begin(), result.mappings.end(),
                                    [&](const Mapping &m) { return m.fd == plane.fd; });
        if (mapping == result.mappings.end())
            result.mappings.push_back({plane.fd, end});
        else
            mapping->length = std::max(mapping->length, end);
    }
    for (size_t k = 0; k < picturePlanes.size(); ++k) {
        const PicturePlane &p = picturePlanes[k];
        const uint64_t planeEnd = offsets[p.source] + planes[p.source].length;
        if (p.start + p.span() > planeEnd)
            return refuse(QStringLiteral("picture plane %1 needs %2 bytes from offset %3 (%4 rows, "
                                         "stride %5), but plane %6 ends at %7")
                              .arg(k)
                              .arg(p.span())
                              .arg(p.start)
                              .arg(p.rows)
                              .arg(p.rowStride)
                              .arg(p.source)
                              .arg(planeEnd));
        result.planes.push_back({planes[p.source].fd, p.start});
    }
    if constexpr (sizeof(size_t) < sizeof(uint64_t)) {
        // A 32-bit system.
        for (const Mapping &m : result.mappings) {
            if (m.length > std::numeric_limits<size_t>::max())
                return refuse(QStringLiteral("%1 bytes of fd %2 do not fit in this address space")
                                  .arg(m.length)
                                  .arg(m.fd));
        }
    }
    return result;
}

} // namespace LibcameraPlanes
