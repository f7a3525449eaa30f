// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "sensorsample.h"

#include <QString>

// Where samples come from: the Sense HAT's chips or a simulation. Called on
// the sampler's thread only; `now` is monotonic seconds, so a simulation and
// the chips' re-probe back-off run on whatever clock the caller uses.
class SensorSource
{
public:
    virtual ~SensorSource() = default;
    // For the log and the screen, e.g. "Sense HAT (HTS221, LPS25H, LSM9DS1)".
    virtual QString description() const = 0;
    // Accelerometer, gyroscope, magnetometer: called at 50-100 Hz.
    virtual MotionSample readMotion(double now) = 0;
    // Humidity, pressure, temperatures: called about once a second.
    virtual ClimateSample readClimate(double now) = 0;
    // Bus and chip errors so far (failed, short or implausible reads, failed
    // re-probes of a chip that was there).
    virtual int errorCount() const { return 0; }
};
