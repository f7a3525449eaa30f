// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "attitudefilter.h"

#include <numbers>

namespace {
constexpr double DegToRad = std::numbers::pi / 180.0;
// Error (radians) below which the gyro bias is learned.
constexpr double IntegralLimit = 0.05;

Vector3 cross(const Vector3 &a, const Vector3 &b)
{
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}

bool usable(const Vector3 &v)
{
    const double n = v.norm();
    return std::isfinite(n) && n > 1e-9;
}
} // namespace

AttitudeFilter::AttitudeFilter(Gains gains)
    : m_gains(gains)
{}

void AttitudeFilter::reset()
{
    m_q = {};
    m_integral = {};
    m_initialised = false;
}

double AttitudeFilter::toSenseHatDegrees(double radians)
{
    double d = std::fmod(radians / DegToRad, 360.0);
    if (d < 0)
        d += 360.0;
    return d >= 360.0 ? 0.0 : d;
}

AttitudeFilter::Angles AttitudeFilter::angles() const
{
    return {toSenseHatDegrees(m_q.pitch()), toSenseHatDegrees(m_q.roll()),
            toSenseHatDegrees(m_q.yaw())};
}

Quaternion AttitudeFilter::poseFrom(const Vector3 &accel, const std::optional<Vector3> &mag)
{
    const double roll = std::atan2(accel.y, accel.z);
    const double pitch = -std::atan2(accel.x, std::sqrt(accel.y * accel.y + accel.z * accel.z));
    double yaw = 0;
    if (mag && usable(*mag)) {
        // Rotate the field back to level by roll and pitch, then read heading.
        const double cr = std::cos(roll), sr = std::sin(roll);
        const double cp = std::cos(pitch), sp = std::sin(pitch);
        const double mx = cp * mag->x + sp * (sr * mag->y + cr * mag->z);
        const double my = cr * mag->y - sr * mag->z;
        yaw = -std::atan2(my, mx);
    }
    return Quaternion::fromEuler(roll, pitch, yaw);
}

void AttitudeFilter::update(const Vector3 &accel, const Vector3 &gyro,
                            const std::optional<Vector3> &mag, double dt)
{
    if (!usable(accel) || !std::isfinite(gyro.norm()) || !(dt > 0) || dt > 1.0) {
        // Junk or a gap: nothing sensible to integrate.
        if (usable(accel) && !m_initialised) {
            m_q = poseFrom(accel, mag);
            m_initialised = true;
        }
        return;
    }
    const bool haveMag = mag && usable(*mag);
    if (!m_initialised) {
        m_q = poseFrom(accel, haveMag ? mag : std::nullopt);
        m_initialised = true;
        return;
    }

    // Gravity as the current estimate expects it in the device frame,
    // against what the accelerometer measures.
    const Vector3 a = accel * (1.0 / accel.norm());
    const Vector3 up = m_q.rotateInverse({0, 0, 1});
    Vector3 error = cross(a, up);

    if (haveMag) {
        // The field seen in the earth frame should point north (+x) in the
        // horizontal plane; the angle by which it does not is the heading
        // error. Correcting by that angle about the vertical (rather than by
        // Mahony's cross product) keeps the heading gain independent of the
        // field's inclination, and the field never tilts the horizon.
        const Vector3 h = m_q.rotate(*mag);
        const double horizontal = std::sqrt(h.x * h.x + h.y * h.y);
        if (horizontal > 1e-6 * mag->norm())
            error = error - up * std::atan2(h.y, h.x);
    }

    // Learn the gyro bias only near the solution, so a large correction
    // (start-up, a knock) does not wind the integral up.
    if (std::abs(error.x) + std::abs(error.y) + std::abs(error.z) < IntegralLimit)
        m_integral = m_integral + error * (m_gains.ki * dt);
    const Vector3 omega = gyro * DegToRad + error * m_gains.kp + m_integral;
    const Quaternion dq = m_q * Quaternion{0, omega.x, omega.y, omega.z};
    m_q = Quaternion{m_q.w + 0.5 * dq.w * dt, m_q.x + 0.5 * dq.x * dt, m_q.y + 0.5 * dq.y * dt,
                     m_q.z + 0.5 * dq.z * dt}
              .normalized();
}
