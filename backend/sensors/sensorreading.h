// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QMetaType>
#include <QStringList>

#include <array>
#include <optional>

// One sample of the Sense HAT as the rest of the program sees it: the ten
// fields of the original payload plus extras. A value whose chip is missing
// or failed is absent (std::nullopt), never a fake 0.
struct SensorReading
{
    enum Field {
        // The original ten, in payload order.
        TempHumidity,
        TempPressure,
        Humidity,
        Pressure,
        Pitch,
        Roll,
        Yaw,
        AccelX,
        AccelY,
        AccelZ,
        // Extras picam-kiosk adds.
        CpuTemperature,
        CompensatedTemperature,
        FieldCount
    };

    struct FieldInfo
    {
        const char *name; // JSON key
        const char *unit;
        int decimals;  // rounding of the original payload
        bool original; // one of the ten fields the web page reads
    };
    static const FieldInfo &info(Field field);
    static constexpr int OriginalFieldCount = 10;

    qint64 timestampMs = 0; // capture time, Unix milliseconds
    std::array<std::optional<double>, FieldCount> values{};

    std::optional<double> value(Field f) const { return values[size_t(f)]; }
    void set(Field f, std::optional<double> v) { values[size_t(f)] = v; }
    // The value rounded as the original payload rounded it.
    std::optional<double> rounded(Field f) const;
    // Names of the original fields that are absent.
    QStringList missing() const;
};

Q_DECLARE_METATYPE(SensorReading)
