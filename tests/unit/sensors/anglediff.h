// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <cmath>

// Signed difference a - b of two 0..360 angles, in -180..180: how far an
// estimated attitude is from the truth across the 0/360 seam.
inline double angleDiff(double a, double b)
{
    double d = std::fmod(a - b, 360.0);
    if (d > 180)
        d -= 360;
    if (d < -180)
        d += 360;
    return d;
}
