// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "quaternion.h"
#include "sensorsource.h"

#include <random>

// A Sense HAT that is not there: plausible, slowly varying values (21-24 degC,
// 35-55 %rH, 1005-1020 hPa, a CPU about 8 degC warmer, a device almost level and
// slowly turning) with a little sensor noise. The motion is generated as a
// true orientation, so the accelerometer, gyroscope and magnetometer agree
// with each other and the attitude filter follows them. A seed makes a run
// reproducible; 0 picks one at random.
class SimulatedSource : public SensorSource
{
public:
    explicit SimulatedSource(quint32 seed = 0);

    quint32 seed() const { return m_seed; }
    QString description() const override;
    MotionSample readMotion(double now) override;
    ClimateSample readClimate(double now) override;

    // The orientation the simulation holds at `now` (for tests).
    Quaternion trueOrientation(double now) const;
    static constexpr double FieldHorizontal = 20.0; // microtesla
    static constexpr double FieldVertical = -44.0;  // microtesla (northern hemisphere: down)

private:
    double noise(double sigma);

    quint32 m_seed;
    std::mt19937 m_random;
    double m_phase[8] = {};
    std::optional<double> m_lastMotionTime;
};
