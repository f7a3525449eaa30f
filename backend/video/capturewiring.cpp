// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "capturewiring.h"

#include "captureservice.h"
#include "previewbridge.h"
#include "streamservice.h"

namespace CaptureWiring {

void connect(CaptureService &capture, PreviewBridge *preview, StreamService &stream)
{
    if (preview)
        capture.addConsumer([preview](const Frame &frame) { preview->present(frame); });
    capture.addConsumer([stream = &stream](const Frame &frame) { stream->pushFrame(frame); });
}

} // namespace CaptureWiring
