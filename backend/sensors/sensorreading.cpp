// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensorreading.h"

#include <cmath>

const SensorReading::FieldInfo &SensorReading::info(Field field)
{
    static const std::array<FieldInfo, FieldCount> table = {{
        {"temp_humidity", "°C", 1, true},
        {"temp_pressure", "°C", 1, true},
        {"humidity", "%", 1, true},
        {"pressure", "hPa", 2, true},
        {"pitch", "°", 1, true},
        {"roll", "°", 1, true},
        {"yaw", "°", 1, true},
        {"accel_x", "g", 2, true},
        {"accel_y", "g", 2, true},
        {"accel_z", "g", 2, true},
        {"temp_cpu", "°C", 1, false},
        {"temp_compensated", "°C", 1, false},
    }};
    return table[size_t(field)];
}

std::optional<double> SensorReading::rounded(Field f) const
{
    const auto v = value(f);
    if (!v)
        return std::nullopt;
    const double scale = std::pow(10.0, info(f).decimals);
    return std::round(*v * scale) / scale;
}

QStringList SensorReading::missing() const
{
    QStringList out;
    for (int f = 0; f < OriginalFieldCount; ++f)
        if (!values[size_t(f)])
            out << QString::fromLatin1(info(Field(f)).name);
    return out;
}
