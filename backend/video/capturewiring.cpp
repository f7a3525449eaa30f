// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "capturewiring.h"

#include "captureservice.h"
#include "motion/motionservice.h"
#include "previewbridge.h"
#include "snapshotgrabber.h"
#include "streamservice.h"

namespace CaptureWiring {

void connect(CaptureService &capture, PreviewBridge *preview, StreamService &stream)
{
    // The preview keeps no frame: it copies what it shows, and snapshots
    // come from its copy.
    if (preview)
        capture.addConsumer([preview](const Frame &frame) { preview->present(frame); });
    // The stream holds its share of the camera's buffers, what capture and
    // other consumers leave (FrameBudget).
    capture.addQueueConsumer([stream = &stream](const Frame &frame) { stream->pushFrame(frame); },
                             [stream = &stream](int frames) { stream->setFrameShare(frames); });
}

void connectMotion(CaptureService &capture, MotionService &motion)
{
    capture.addConsumer([motion = &motion](const Frame &frame) { motion->consumeFrame(frame); });
}

void connectSnapshots(CaptureService &capture, SnapshotGrabber &grabber)
{
    capture.addConsumer([grabber = &grabber](const Frame &frame) { grabber->present(frame); });
}

} // namespace CaptureWiring
