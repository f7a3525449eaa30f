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
        m_values[size_t(f)]->record(reading.value(SensorReading::Field(f)), reading.timestampMs);
    if (!m_hasReading) {
        m_hasReading = true;
        emit hasReadingChanged();
    }
}

void SensorPanel::setAttitude(double pitch, double roll, double yaw)
{
    this->pitch()->setCurrent(pitch);
    this->roll()->setCurrent(roll);
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
