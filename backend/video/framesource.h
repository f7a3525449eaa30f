// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"

#include <QString>

#include <functional>
#include <limits>

// Where frames come from: the camera, a webcam, a file or the test pattern.
// A source delivers frames on its own thread through the frame callback and
// reports a failure that ends capture through the error callback (also from
// its own thread); the owner forwards both where they need to go.
class FrameSource
{
public:
    using FrameCallback = std::function<void(const Frame &)>;
    using ErrorCallback = std::function<void(const QString &)>;

    // Why opening failed, so the service can choose between retrying and
    // asking for a person.
    enum class Failure { None, NotFound, Busy, Other };

    struct Format
    {
        int width = 1280;
        int height = 720;
        int fps = 30;
        int rotation = 0; // 0 or 180
    };

    virtual ~FrameSource() = default;

    // Opens the device or file and starts delivering; false with error() set
    // when it cannot.
    virtual bool start(const Format &format, FrameCallback onFrame, ErrorCallback onError) = 0;
    // Stops delivering; no callback runs after stop() returns.
    virtual void stop() = 0;

    // "test pattern 1280x720 at 30 fps", "libcamera imx219 ..." for the log.
    virtual QString description() const = 0;

    // How many of its frames may be held at once, by anyone, before the
    // source can deliver no more: the number of camera buffers for a source
    // that hands out its own buffers (libcamera), UnlimitedBuffers for one
    // that allocates, pools or copies as needed. Consumers share this out
    // (CaptureService, FrameBudget). Valid once start() has succeeded, before
    // the first frame is delivered.
    static constexpr int UnlimitedBuffers = std::numeric_limits<int>::max();
    virtual int bufferCount() const = 0;

    QString error() const { return m_error; }
    Failure failure() const { return m_failure; }

protected:
    bool fail(Failure failure, const QString &error)
    {
        m_failure = failure;
        m_error = error;
        return false;
    }

private:
    QString m_error;
    Failure m_failure = Failure::None;
};
