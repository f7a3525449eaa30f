// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "vector3.h"

#include <cmath>

// A unit quaternion in double precision (QQuaternion is float), rotating the
// device frame into the earth frame (x north, z up).
struct Quaternion
{
    double w = 1;
    double x = 0;
    double y = 0;
    double z = 0;

    // A turn of angle radians about axis (need not be unit length).
    static Quaternion fromAxisAngle(const Vector3 &axis, double angle)
    {
        const double n = axis.norm();
        if (n <= 0)
            return {};
        const double s = std::sin(angle / 2) / n;
        return {std::cos(angle / 2), axis.x * s, axis.y * s, axis.z * s};
    }

    // Z-Y-X (yaw, pitch, roll) Euler angles in radians.
    static Quaternion fromEuler(double roll, double pitch, double yaw)
    {
        const double cr = std::cos(roll / 2), sr = std::sin(roll / 2);
        const double cp = std::cos(pitch / 2), sp = std::sin(pitch / 2);
        const double cy = std::cos(yaw / 2), sy = std::sin(yaw / 2);
        return {cr * cp * cy + sr * sp * sy, sr * cp * cy - cr * sp * sy,
                cr * sp * cy + sr * cp * sy, cr * cp * sy - sr * sp * cy};
    }

    Quaternion operator*(const Quaternion &o) const
    {
        return {w * o.w - x * o.x - y * o.y - z * o.z, w * o.x + x * o.w + y * o.z - z * o.y,
                w * o.y - x * o.z + y * o.w + z * o.x, w * o.z + x * o.y - y * o.x + z * o.w};
    }
    Quaternion conjugate() const { return {w, -x, -y, -z}; }
    Quaternion normalized() const
    {
        const double n = std::sqrt(w * w + x * x + y * y + z * z);
        return n > 0 ? Quaternion{w / n, x / n, y / n, z / n} : Quaternion{};
    }
    double dot(const Quaternion &o) const { return w * o.w + x * o.x + y * o.y + z * o.z; }
    // The smallest rotation between two orientations, in radians (0..pi).
    double angleTo(const Quaternion &o) const
    {
        const double d = std::abs(dot(o));
        return 2 * std::acos(d > 1 ? 1.0 : d);
    }
    // From a (t = 0) to b (t = 1) along the shorter arc; unit length.
    static Quaternion slerp(const Quaternion &a, Quaternion b, double t)
    {
        double d = a.dot(b);
        if (d < 0) {
            b = {-b.w, -b.x, -b.y, -b.z};
            d = -d;
        }
        if (d > 0.9995) // nearly the same: a straight line is exact enough
            return Quaternion{a.w + t * (b.w - a.w), a.x + t * (b.x - a.x), a.y + t * (b.y - a.y),
                              a.z + t * (b.z - a.z)}
                .normalized();
        const double theta = std::acos(d);
        const double sa = std::sin((1 - t) * theta) / std::sin(theta);
        const double sb = std::sin(t * theta) / std::sin(theta);
        return Quaternion{sa * a.w + sb * b.w, sa * a.x + sb * b.x, sa * a.y + sb * b.y,
                          sa * a.z + sb * b.z}
            .normalized();
    }

    // Device frame to earth frame.
    Vector3 rotate(const Vector3 &v) const
    {
        const Quaternion r = *this * Quaternion{0, v.x, v.y, v.z} * conjugate();
        return {r.x, r.y, r.z};
    }
    // Earth frame to device frame.
    Vector3 rotateInverse(const Vector3 &v) const { return conjugate().rotate(v); }

    double roll() const { return std::atan2(2 * (w * x + y * z), 1 - 2 * (x * x + y * y)); }
    double pitch() const
    {
        const double s = 2 * (w * y - z * x);
        return std::asin(s > 1 ? 1 : (s < -1 ? -1 : s));
    }
    double yaw() const { return std::atan2(2 * (w * z + x * y), 1 - 2 * (y * y + z * z)); }
};
