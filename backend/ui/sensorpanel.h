// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "sensors/sensorreading.h"
#include "sensorvalue.h"

#include <QObject>

#include <array>

class Settings;

// What the gauges show: one SensorValue per field of the Sense HAT reading,
// temperatures in the unit of ui/temperature_unit (switched live), plus the
// sensor source in use. Fed by SensorService (readingReady, attitudeChanged).
class SensorPanel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(SensorValue *tempHumidity READ tempHumidity CONSTANT)
    Q_PROPERTY(SensorValue *tempPressure READ tempPressure CONSTANT)
    Q_PROPERTY(SensorValue *tempCompensated READ tempCompensated CONSTANT)
    Q_PROPERTY(SensorValue *humidity READ humidity CONSTANT)
    Q_PROPERTY(SensorValue *pressure READ pressure CONSTANT)
    Q_PROPERTY(SensorValue *pitch READ pitch CONSTANT)
    Q_PROPERTY(SensorValue *roll READ roll CONSTANT)
    Q_PROPERTY(SensorValue *yaw READ yaw CONSTANT)
    Q_PROPERTY(SensorValue *accelX READ accelX CONSTANT)
    Q_PROPERTY(SensorValue *accelY READ accelY CONSTANT)
    Q_PROPERTY(SensorValue *accelZ READ accelZ CONSTANT)
    Q_PROPERTY(SensorValue *cpuTemperature READ cpuTemperature CONSTANT)
    Q_PROPERTY(QString temperatureUnit READ temperatureUnit WRITE setTemperatureUnit NOTIFY
                   temperatureUnitChanged)
    Q_PROPERTY(bool hasReading READ hasReading NOTIFY hasReadingChanged)
    Q_PROPERTY(QString sourceDescription READ sourceDescription WRITE setSourceDescription NOTIFY
                   sourceDescriptionChanged)

public:
    // Follows ui/temperature_unit of settings when given.
    explicit SensorPanel(const Settings *settings = nullptr, QObject *parent = nullptr);

    SensorValue *field(SensorReading::Field f) const { return m_values[size_t(f)]; }
    SensorValue *tempHumidity() const { return field(SensorReading::TempHumidity); }
    SensorValue *tempPressure() const { return field(SensorReading::TempPressure); }
    SensorValue *tempCompensated() const { return field(SensorReading::CompensatedTemperature); }
    SensorValue *humidity() const { return field(SensorReading::Humidity); }
    SensorValue *pressure() const { return field(SensorReading::Pressure); }
    SensorValue *pitch() const { return field(SensorReading::Pitch); }
    SensorValue *roll() const { return field(SensorReading::Roll); }
    SensorValue *yaw() const { return field(SensorReading::Yaw); }
    SensorValue *accelX() const { return field(SensorReading::AccelX); }
    SensorValue *accelY() const { return field(SensorReading::AccelY); }
    SensorValue *accelZ() const { return field(SensorReading::AccelZ); }
    SensorValue *cpuTemperature() const { return field(SensorReading::CpuTemperature); }

    QString temperatureUnit() const
    {
        return m_fahrenheit ? QStringLiteral("F") : QStringLiteral("C");
    }
    bool hasReading() const { return m_hasReading; }
    QString sourceDescription() const { return m_sourceDescription; }

public slots:
    void setReading(const SensorReading &reading);
    void setAttitude(double pitch, double roll, double yaw);
    // "C" or "F"; anything else is ignored.
    void setTemperatureUnit(const QString &unit);
    void setSourceDescription(const QString &description);
    // The screen's language changed, and with it the number format.
    void retranslate();

signals:
    void temperatureUnitChanged();
    void hasReadingChanged();
    void sourceDescriptionChanged();

private:
    std::array<SensorValue *, SensorReading::FieldCount> m_values{};
    bool m_fahrenheit = false;
    bool m_hasReading = false;
    QString m_sourceDescription;
};
