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
class Request;
class Stream;
} // namespace libcamera

// The Pi Camera Module through libcamera. Frames are the camera's own
// buffers (no copy): a Frame holds its request, which goes back to the camera
// when the last copy of the frame is released. A camera that refuses YUV420
// (NV12, YUYV, RGB) is converted once with libswscale into pooled frames. Compiles against Debian's
// libcamera 0.0.3 and the Raspberry Pi fork (0.3 to 0.5); version differences
// are guarded in the .cpp with LIBCAMERA_VERSION_*.
class LibcameraSource : public FrameSource
{
public:
    // cameraId empty: the first camera.
    explicit LibcameraSource(const QString &cameraId = {});
    ~LibcameraSource() override;

    bool start(const Format &format, FrameCallback onFrame, ErrorCallback onError) override;
    void stop() override;
    QString description() const override;

    // Ids of the cameras libcamera sees (empty when none), for `auto`.
    static QStringList cameraIds();

private:
    struct Shared;
    void onRequestCompleted(libcamera::Request *request);
    void deliverConverted(libcamera::Request *request, const uint8_t *const *planes, int stride);
    bool mapBuffers();

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
    std::shared_ptr<Shared> m_shared;
};
