// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensorvalue.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
double celsiusToFahrenheit(double c)
{
    return c * 9.0 / 5.0 + 32.0;
}

// The smallest 1, 2 or 5 times a power of ten that is at least `step`:
// 10 °C marks (18 °F) become 20 °F marks.
double roundStep(double step)
{
    if (!(step > 0))
        return step;
    const double power = std::pow(10.0, std::floor(std::log10(step)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= step * (1 - 1e-9))
            return m * power;
    }
    return 10 * power;
}
} // namespace

SensorValue::SensorValue(const Scale &scale, QObject *parent)
    : QObject(parent)
    , m_scale(scale)
{}

double SensorValue::toDisplay(double value) const
{
    return m_scale.temperature && m_fahrenheit ? celsiusToFahrenheit(value) : value;
}

double SensorValue::value() const
{
    return m_value ? toDisplay(*m_value) : std::numeric_limits<double>::quiet_NaN();
}

QString SensorValue::text() const
{
    if (!m_value)
        return QStringLiteral("—");
    const double v = value();
    // "-0.0" reads as a glitch on a gauge.
    const double scale = std::pow(10.0, m_scale.decimals);
    const double rounded = std::round(v * scale) / scale;
    // No group separator: "1013,3 hPa", not "1.013,3 hPa", on a gauge.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(rounded == 0 ? 0.0 : rounded, 'f', m_scale.decimals);
}

QString SensorValue::unit() const
{
    if (m_scale.temperature)
        return m_fahrenheit ? QStringLiteral("°F") : QStringLiteral("°C");
    return m_scale.unit;
}

double SensorValue::minimum() const
{
    if (!inFahrenheit())
        return m_scale.minimum;
    const double s = step();
    return std::floor(celsiusToFahrenheit(m_scale.minimum) / s + 1e-9) * s;
}

double SensorValue::maximum() const
{
    if (!inFahrenheit())
        return m_scale.maximum;
    const double s = step();
    return std::ceil(celsiusToFahrenheit(m_scale.maximum) / s - 1e-9) * s;
}

double SensorValue::step() const
{
    return inFahrenheit() ? roundStep(m_scale.step * 9.0 / 5.0) : m_scale.step;
}

void SensorValue::setFahrenheit(bool fahrenheit)
{
    if (fahrenheit == m_fahrenheit)
        return;
    m_fahrenheit = fahrenheit;
    if (m_scale.temperature)
        emit changed();
    // The history is normalised, so it looks the same in either unit.
}

void SensorValue::setCurrent(std::optional<double> value)
{
    if (value && !std::isfinite(*value))
        value.reset();
    if (value == m_value)
        return;
    m_value = value;
    emit changed();
}

void SensorValue::record(std::optional<double> value, qint64 timestampMs)
{
    setCurrent(value);
    if (m_value) {
        const qint64 bucketStart = timestampMs - timestampMs % BucketMs;
        if (!m_history.isEmpty() && m_history.constLast().startMs == bucketStart) {
            m_history.last().sum += *m_value;
            ++m_history.last().count;
        } else {
            m_history.append({bucketStart, *m_value, 1});
        }
    }
    // Buckets are bounded by time, so the memory is (10 min / 5 s) buckets.
    const qint64 oldest = timestampMs - HistoryMs;
    while (!m_history.isEmpty() && m_history.constFirst().startMs < oldest)
        m_history.removeFirst();
    rebuildHistoryPoints(timestampMs);
}

void SensorValue::rebuildHistoryPoints(qint64 nowMs)
{
    QList<QPointF> points;
    points.reserve(m_history.size());
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const Bucket &b : std::as_const(m_history)) {
        const double v = b.sum / b.count;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    // A flat line sits in the middle; small wobbles are not blown up to the
    // full height (at least a twentieth of the gauge's range).
    const double minSpan = (m_scale.maximum - m_scale.minimum) / 20.0;
    if (high - low < minSpan) {
        const double mid = (high + low) / 2.0;
        low = mid - minSpan / 2.0;
        high = mid + minSpan / 2.0;
    }
    for (const Bucket &b : std::as_const(m_history)) {
        const double v = b.sum / b.count;
        const double x = 1.0 - double(nowMs - b.startMs) / double(HistoryMs);
        points.append(QPointF(std::clamp(x, 0.0, 1.0), (v - low) / (high - low)));
    }
    if (points != m_historyPoints) {
        m_historyPoints = points;
        emit historyChanged();
    }
}
