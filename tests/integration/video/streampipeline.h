// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

// The test pattern as the camera, feeding the stream service: what the
// integration tests of the stream run against a real receiver.

#include "config/settings.h"
#include "video/captureservice.h"
#include "video/streamservice.h"

#include <memory>

struct StreamPipeline
{
    Settings settings;
    std::unique_ptr<CaptureService> capture;
    std::unique_ptr<StreamService> stream;

    explicit StreamPipeline(const QString &url)
    {
        for (const QString &s :
             {QStringLiteral("camera/source=testpattern"), QStringLiteral("camera/width=320"),
              QStringLiteral("camera/height=240"), QStringLiteral("camera/framerate=30"),
              QStringLiteral("stream/encoder=libx264"), QStringLiteral("stream/bitrate=1000000"),
              QStringLiteral("stream/keyframe_interval=1"), QStringLiteral("stream/url=") + url})
            settings.override(s);
        capture = std::make_unique<CaptureService>(settings);
        stream = std::make_unique<StreamService>(settings);
        StreamService *s = stream.get();
        capture->addConsumer([s](const Frame &f) { s->pushFrame(f); });
    }
    void start()
    {
        capture->start();
        stream->start();
    }
    ~StreamPipeline()
    {
        stream->stop();
        capture->stop();
    }
};
