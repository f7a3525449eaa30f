// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensorvalue.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
double celsiusToFahrenheit(double c)
{
    return c * 9.0 / 5.0 + 32.0;
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
    return QString::number(rounded == 0 ? 0.0 : rounded, 'f', m_scale.decimals);
}

QString SensorValue::unit() const
{
    if (m_scale.temperature)
        return m_fahrenheit ? QStringLiteral("°F") : QStringLiteral("°C");
    return m_scale.unit;
}

double SensorValue::minimum() const
{
    return toDisplay(m_scale.minimum);
}

double SensorValue::maximum() const
{
    return toDisplay(m_scale.maximum);
}

double SensorValue::step() const
{
    // 10 °C marks become 18 °F marks: the same marks, in the other unit.
    return m_scale.temperature && m_fahrenheit ? m_scale.step * 9.0 / 5.0 : m_scale.step;
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
