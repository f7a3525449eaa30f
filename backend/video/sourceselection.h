// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "framesource.h"

#include <QString>

#include <memory>

// Turns camera/source into a FrameSource. `auto` takes libcamera if it sees a
// camera, else the first V4L2 capture device, else the test pattern, and says
// why in `reason`.
namespace SourceSelection {

struct Choice
{
    std::unique_ptr<FrameSource> source;
    QString reason; // for the log: which source and why
};

Choice choose(const QString &setting);

// /dev/videoN nodes that capture video (not the Pi's codec and ISP nodes).
QStringList v4l2CaptureDevices();

} // namespace SourceSelection
