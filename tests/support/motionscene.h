// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "motion/lumaimage.h"

#include <QRectF>

#include <cstdint>
#include <optional>

namespace TestSupport {

// What the motion tests and bench/motion show the detector: a still,
// textured room (a brightness ramp, a checkerboard of 16 x 9 squares 40
// levels apart and
// two darker "furniture" blocks), lit as level = gain x texture + offset,
// with an optional bright square (the thing that moves), Gaussian sensor
// noise and a pan. Drawn at any size with the same proportions, so a
// 1280x720 frame shrunk by LumaDownscaler looks like the 160x90 drawing.
struct MotionScene
{
    double gain = 1.0;
    double offset = 0.0;
    std::optional<QRectF> square; // in fractions of the picture
    int squareLevel = 230;        // before the lighting
    double noiseSigma = 0;        // levels
    quint32 noiseSeed = 1;        // a new seed per frame gives new noise
    double pan = 0;               // the texture shifted right by this share of the width

    void draw(uint8_t *plane, int stride, int width, int height) const;
    LumaImage image(int width = 160, int height = 90) const;

    // The square of this size (share of the height) at a point of its path
    // from the left edge to the right one, centred at vertical position y.
    static QRectF squareOnPath(double progress, double y = 0.5, double size = 0.22,
                               double aspect = 16.0 / 9.0);
};

} // namespace TestSupport
