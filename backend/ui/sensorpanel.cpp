// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensorpanel.h"

#include "config/settings.h"

namespace {
const QString UnitKey = QStringLiteral("ui/temperature_unit");

// Gauge ranges: what a hallway or workshop sees, not the chips' full range
// (HTS221 -40..120 °C, LPS25H 260..1260 hPa). Values outside are clamped by
// the gauge and still shown as numbers.
SensorValue::Scale scaleOf(SensorReading::Field f)
{
    using F = SensorReading;
    switch (f) {
    case F::TempHumidity:
    case F::TempPressure:
    case F::CompensatedTemperature:
        return {QString(), -20, 60, 10, 1, true};
    case F::CpuTemperature:
        return {QString(), 20, 90, 10, 0, true};
    case F::Humidity:
        return {QStringLiteral("%"), 0, 100, 20, 1, false};
    case F::Pressure:
        return {QStringLiteral("hPa"), 950, 1050, 25, 1, false};
    case F::Pitch:
    case F::Roll:
        return {QStringLiteral("°"), -90, 90, 30, 0, false};
    case F::Yaw:
        return {QStringLiteral("°"), 0, 360, 45, 0, false};
    case F::AccelX:
    case F::AccelY:
    case F::AccelZ:
        return {QStringLiteral("g"), -2, 2, 1, 2, false};
    case F::FieldCount:
        break;
    }
    return {};
}

// Readings give pitch and roll in 0..360 degrees as python-sense-hat does;
// the attitude indicator needs them signed: 359 is a 1 degree nose-down, not
// a full turn (which would pin the horizon off the dial).
std::optional<double> signedDegrees(std::optional<double> degrees)
{
    if (degrees && *degrees > 180)
        return *degrees - 360;
    return degrees;
}

std::optional<double> shown(SensorReading::Field f, std::optional<double> value)
{
    return f == SensorReading::Pitch || f == SensorReading::Roll ? signedDegrees(value) : value;
}
} // namespace

SensorPanel::SensorPanel(const Settings *settings, QObject *parent)
    : QObject(parent)
{
    for (int f = 0; f < SensorReading::FieldCount; ++f)
        m_values[size_t(f)] = new SensorValue(scaleOf(SensorReading::Field(f)), this);
    if (settings) {
        setTemperatureUnit(settings->text(UnitKey));
        connect(settings, &Settings::valueChanged, this, [this, settings](const QString &key) {
            if (key == UnitKey)
                setTemperatureUnit(settings->text(UnitKey));
        });
    }
}

void SensorPanel::setReading(const SensorReading &reading)
{
    for (int f = 0; f < SensorReading::FieldCount; ++f)
        m_values[size_t(f)]->record(
            shown(SensorReading::Field(f), reading.value(SensorReading::Field(f))),
            reading.timestampMs);
    if (!m_hasReading) {
        m_hasReading = true;
        emit hasReadingChanged();
    }
}

void SensorPanel::setAttitude(double pitch, double roll, double yaw)
{
    this->pitch()->setCurrent(signedDegrees(pitch));
    this->roll()->setCurrent(signedDegrees(roll));
    this->yaw()->setCurrent(yaw);
}

void SensorPanel::setTemperatureUnit(const QString &unit)
{
    const QString u = unit.trimmed().toUpper();
    if (u != QLatin1String("C") && u != QLatin1String("F"))
        return;
    const bool fahrenheit = u == QLatin1String("F");
    if (fahrenheit == m_fahrenheit)
        return;
    m_fahrenheit = fahrenheit;
    for (SensorValue *v : m_values)
        v->setFahrenheit(fahrenheit);
    emit temperatureUnitChanged();
}

void SensorPanel::setSourceDescription(const QString &description)
{
    if (description == m_sourceDescription)
        return;
    m_sourceDescription = description;
    emit sourceDescriptionChanged();
}

void SensorPanel::retranslate()
{
    for (SensorValue *value : m_values)
        value->retranslate();
}
