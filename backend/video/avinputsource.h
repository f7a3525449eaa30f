// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "framepacer.h"
#include "framesource.h"

#include <QThread>

#include <atomic>
#include <memory>

struct AVFormatContext;
struct AVCodecContext;
struct AVFrame;
struct SwsContext;
class FramePool;

// Frames decoded by FFmpeg: a video file (looped, paced at the configured
// rate) or a V4L2 webcam through libavdevice (paced by the device). Frames
// already in I420 are handed on without a copy; anything else goes through
// libswscale once.
class AvInputSource : public FrameSource
{
public:
    enum class Kind { File, V4l2 };

    AvInputSource(Kind kind, const QString &path);
    ~AvInputSource() override;

    bool start(const Format &format, FrameCallback onFrame, ErrorCallback onError) override;
    void stop() override;
    QString description() const override;
    // Decoded frames live in FFmpeg's buffer pools and converted ones in a
    // FramePool, all of which grow as needed. A V4L2 device's own buffers
    // never run out either: libavdevice copies a frame instead of wrapping
    // its buffer once few are left queued with the driver.
    int bufferCount() const override { return UnlimitedBuffers; }

    // True when the file or device opens and has a video stream (for `auto`).
    static bool probeDevice(const QString &path);

private:
    bool open();
    void close();
    bool rewind();
    void run();
    bool deliver(AVFrame *decoded);
    static int interrupted(void *opaque);

    Kind m_kind;
    QString m_path;
    Format m_format;
    FrameCallback m_onFrame;
    ErrorCallback m_onError;
    AVFormatContext *m_input = nullptr;
    AVCodecContext *m_decoder = nullptr;
    SwsContext *m_scaler = nullptr;
    std::unique_ptr<FramePool> m_pool;
    int m_streamIndex = -1;
    quint64 m_sequence = 0;
    QString m_streamInfo;
    std::atomic_bool m_stopping{false};
    std::unique_ptr<FramePacer> m_pacer;
    std::unique_ptr<QThread> m_thread;
};
