// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QList>

#include <optional>

// Air temperature corrected for the Pi's own heat, as Home Assistant's Sense
// HAT integration does it: t = mean of the two sensor temperatures,
// t_corr = t - (t_cpu - t) / 1.5, smoothed over the last 3 values.
class TemperatureCompensation
{
public:
    static constexpr int Window = 3;
    static constexpr double Factor = 1.5;

    // One step; nullopt when the CPU temperature or both sensor temperatures
    // are missing (the average then restarts). One sensor alone stands in
    // for the mean.
    std::optional<double> add(std::optional<double> humidityTemperature,
                              std::optional<double> pressureTemperature,
                              std::optional<double> cpuTemperature);
    void reset() { m_recent.clear(); }

    static double correct(double sensorTemperature, double cpuTemperature)
    {
        return sensorTemperature - (cpuTemperature - sensorTemperature) / Factor;
    }

private:
    QList<double> m_recent;
};
