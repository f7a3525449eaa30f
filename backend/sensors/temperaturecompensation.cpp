// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "temperaturecompensation.h"

std::optional<double> TemperatureCompensation::add(std::optional<double> humidityTemperature,
                                                   std::optional<double> pressureTemperature,
                                                   std::optional<double> cpuTemperature)
{
    std::optional<double> t;
    if (humidityTemperature && pressureTemperature)
        t = (*humidityTemperature + *pressureTemperature) / 2.0;
    else if (humidityTemperature)
        t = humidityTemperature;
    else
        t = pressureTemperature;
    if (!t || !cpuTemperature) {
        m_recent.clear();
        return std::nullopt;
    }
    m_recent << correct(*t, *cpuTemperature);
    while (m_recent.size() > Window)
        m_recent.removeFirst();
    double sum = 0;
    for (double v : m_recent)
        sum += v;
    return sum / m_recent.size();
}
