// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "quaternion.h"
#include "vector3.h"

#include <QMetaType>

// The device's pose and acceleration at one motion sample (50 Hz), for what
// must see every sample rather than the 10 Hz attitude of the screen: the
// tamper detector.
struct AttitudeSample
{
    double time = 0;        // the sampler's monotonic clock, seconds
    qint64 wallMs = 0;      // the same moment as Unix ms
    Quaternion orientation; // the attitude filter's, device frame to earth frame
    Vector3 accel;          // g as measured: gravity plus any shock
};

Q_DECLARE_METATYPE(AttitudeSample)
