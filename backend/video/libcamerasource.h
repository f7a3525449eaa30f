// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "framesource.h"

#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace libcamera {
class Camera;
class CameraManager;
class FrameBufferAllocator;
class PixelFormat;
class Request;
class Stream;
} // namespace libcamera

// The Pi Camera Module through libcamera. Frames are the camera's own
// buffers (no copy): a Frame holds its request, which goes back to the camera
// when the last copy of the frame is released; CPU reads are bracketed with
// DMA_BUF_IOCTL_SYNC (start on delivery, end on release). A request that
// completes without a good frame (cancelled, error, startup) goes straight
// back. A camera that refuses YUV420 (NV12, YUYV, RGB) is converted once with
// libswscale into pooled frames.
// Compiles against libcamera 0.0.3 (Debian 12), 0.4 (Debian 13) and Raspberry
// Pi's fork 0.5 to 0.7 (scripts/check-libcamera checks an install); version
// differences are handled in the .cpp.
class LibcameraSource : public FrameSource
{
public:
    // cameraId empty: the first camera.
    explicit LibcameraSource(const QString &cameraId = {});
    ~LibcameraSource() override;

    bool start(const Format &format, FrameCallback onFrame, ErrorCallback onError) override;
    void stop() override;
    QString description() const override;
    // The camera's buffers (RequestedBuffers unless libcamera adjusted the
    // count): each frame is one of them until its last copy is released.
    // UnlimitedBuffers when frames are converted into pooled copies.
    int bufferCount() const override { return m_bufferCount; }

    // What start() asks libcamera for.
    static constexpr int RequestedBuffers = 6;

    // Ids of the cameras libcamera sees (empty when none), for `auto`.
    static QStringList cameraIds();

private:
    struct Shared;
    struct MappedBuffer;
    void onRequestCompleted(libcamera::Request *request);
    void skip(libcamera::Request *request, const char *why);
    void deliverConverted(libcamera::Request *request, const MappedBuffer &mapped, int stride);
    // Maps every buffer once (LibcameraPlanes says where); an error, or empty.
    QString mapBuffers(const libcamera::PixelFormat &pixelFormat);

    QString m_cameraId;
    QString m_description;
    Format m_format;
    FrameCallback m_onFrame;
    std::shared_ptr<libcamera::CameraManager> m_manager;
    std::shared_ptr<libcamera::Camera> m_camera;
    std::unique_ptr<libcamera::FrameBufferAllocator> m_allocator;
    libcamera::Stream *m_stream = nullptr;
    bool m_acquired = false;
    bool m_started = false;
    int m_bufferCount = RequestedBuffers;
    std::shared_ptr<Shared> m_shared;
};
