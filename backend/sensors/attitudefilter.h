// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "quaternion.h"
#include "vector3.h"

#include <optional>

// Mahony's complementary filter on a quaternion: the gyroscope is integrated
// and pulled toward the pose the accelerometer (tilt) and the magnetometer
// (heading) give, with an integral term that learns the gyro bias. The
// magnetometer only corrects heading, so a nearby magnet cannot tilt the
// horizon. Run it at 50-100 Hz.
class AttitudeFilter
{
public:
    struct Gains
    {
        double kp = 1.0;  // 1/s: how fast the accel/mag pose pulls (time constant ~1 s)
        double ki = 0.05; // 1/s^2: gyro bias learning (settles in ~20 s)
    };

    // Degrees mapped to 0..360 as python-sense-hat's get_orientation_degrees.
    struct Angles
    {
        double pitch = 0;
        double roll = 0;
        double yaw = 0;
    };

    AttitudeFilter() = default;
    explicit AttitudeFilter(Gains gains);

    void reset();
    // accel in g, gyro in degrees/s, mag in any unit (only its direction is
    // used), dt in seconds. The first sample sets the pose directly.
    void update(const Vector3 &accel, const Vector3 &gyro, const std::optional<Vector3> &mag,
                double dt);

    bool isInitialised() const { return m_initialised; }
    Quaternion orientation() const { return m_q; }
    Angles angles() const;

    // The pose from gravity and the magnetic field alone (RTIMULib's formulas).
    static Quaternion poseFrom(const Vector3 &accel, const std::optional<Vector3> &mag);
    static double toSenseHatDegrees(double radians);

private:
    Gains m_gains;
    Quaternion m_q;
    Vector3 m_integral;
    bool m_initialised = false;
};
