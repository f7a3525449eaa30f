// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "vector3.h"

#include <optional>

// What a source measured at one moment, before fusion and rounding. An
// absent value means its chip is missing, failed or not ready.
struct ClimateSample
{
    std::optional<double> humidity;            // %rH, 0..100
    std::optional<double> humidityTemperature; // degC, HTS221
    std::optional<double> pressure;            // hPa
    std::optional<double> pressureTemperature; // degC, LPS25H
    std::optional<double> cpuTemperature;      // degC
};

struct MotionSample
{
    std::optional<Vector3> accel; // g
    std::optional<Vector3> gyro;  // degrees per second
    std::optional<Vector3> mag;   // microtesla
};
