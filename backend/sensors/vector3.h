// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <cmath>

// A 3-axis value (acceleration, rotation rate, magnetic field) in the Sense
// HAT's frame as RTIMULib reports it.
struct Vector3
{
    double x = 0;
    double y = 0;
    double z = 0;

    double norm() const { return std::sqrt(x * x + y * y + z * z); }
    Vector3 operator*(double s) const { return {x * s, y * s, z * s}; }
    Vector3 operator+(const Vector3 &o) const { return {x + o.x, y + o.y, z + o.z}; }
    Vector3 operator-(const Vector3 &o) const { return {x - o.x, y - o.y, z - o.z}; }
    bool operator==(const Vector3 &) const = default;
};
