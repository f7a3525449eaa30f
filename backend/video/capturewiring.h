// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

class CaptureService;
class MotionService;
class PreviewBridge;
class SnapshotGrabber;
class StreamService;

// How capture's frames reach their consumers, as main() arranges them; one
// function, so the tests check the arrangement the program runs.
namespace CaptureWiring {

// The preview first (null when headless), then the stream; both on the
// source's thread. The stream's queue is the share of the source's buffers
// that capture and the preview leave (FrameBudget).
void connect(CaptureService &capture, PreviewBridge *preview, StreamService &stream);
// The snapshots of events and remote control: a consumer that keeps no
// frame (it copies one when asked).
void connectSnapshots(CaptureService &capture, SnapshotGrabber &grabber);

// Motion detection, after the others, on the source's thread too: it
// shrinks the luma plane of a frame now and then into a picture of its own
// and keeps no frame, so it takes nothing from the budget.
void connectMotion(CaptureService &capture, MotionService &motion);

} // namespace CaptureWiring
