// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "simulatedsource.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numbers>

namespace {
constexpr double Pi = std::numbers::pi;
constexpr double DegToRad = Pi / 180.0;

double wave(double now, double periodS, double phase)
{
    return std::sin(2 * Pi * now / periodS + phase);
}
} // namespace

SimulatedSource::SimulatedSource(quint32 seed)
    : m_seed(seed != 0 ? seed : QRandomGenerator::global()->generate() | 1u)
    , m_random(m_seed)
{
    std::uniform_real_distribution<double> phase(0, 2 * Pi);
    for (double &p : m_phase)
        p = phase(m_random);
    bool ok = false;
    const double after = qEnvironmentVariable(KnockVariable).toDouble(&ok);
    if (ok && after >= 0)
        m_knockAfter = after;
}

QString SimulatedSource::description() const
{
    return QStringLiteral("simulated (seed %1)").arg(m_seed);
}

double SimulatedSource::noise(double sigma)
{
    return std::normal_distribution<double>(0.0, sigma)(m_random);
}

void SimulatedSource::tilt(const Quaternion &rotation, double seconds)
{
    QMutexLocker lock(&m_pendingMutex);
    m_pendingTilts.push_back({-1, std::max(0.0, seconds), rotation.normalized(), {}});
}

void SimulatedSource::knock(const Vector3 &acceleration, double seconds)
{
    QMutexLocker lock(&m_pendingMutex);
    m_pendingKnocks.push_back({-1, std::max(0.0, seconds), {}, acceleration});
}

void SimulatedSource::takeDisturbances(double now)
{
    QMutexLocker lock(&m_pendingMutex);
    for (Disturbance &d : m_pendingTilts) {
        d.start = now;
        m_tilts.push_back(d);
    }
    for (Disturbance &d : m_pendingKnocks) {
        d.start = now;
        m_knocks.push_back(d);
    }
    m_pendingTilts.clear();
    m_pendingKnocks.clear();
}

Vector3 SimulatedSource::shockAt(double now) const
{
    Vector3 sum;
    for (const Disturbance &d : m_knocks) {
        // At least the sample it starts on, however short.
        if (now >= d.start && (now < d.start + d.seconds || now == d.start))
            sum = sum + d.shock;
    }
    return sum;
}

Quaternion SimulatedSource::trueOrientation(double now) const
{
    // A device standing on a shelf that is nudged now and then: a few
    // degrees of tilt, heading wandering slowly around east.
    const double roll = 3.0 * wave(now, 47, m_phase[0]) * DegToRad;
    const double pitch = 2.0 * wave(now, 61, m_phase[1]) * DegToRad;
    const double yaw = (90.0 + 25.0 * wave(now, 180, m_phase[2])) * DegToRad;
    Quaternion q = Quaternion::fromEuler(roll, pitch, yaw);
    // Then whatever hand turned it, each turn part-way while it happens.
    for (const Disturbance &d : m_tilts) {
        if (now <= d.start)
            continue;
        const double done = d.seconds > 0 ? std::min(1.0, (now - d.start) / d.seconds) : 1.0;
        q = Quaternion::slerp(Quaternion{}, d.rotation, done) * q;
    }
    return q;
}

MotionSample SimulatedSource::readMotion(double now)
{
    if (m_firstSample < 0)
        m_firstSample = now;
    if (m_knockAfter >= 0 && now - m_firstSample >= m_knockAfter) {
        m_knockAfter = -1;
        knock({2.0, 0, 0}, 0.1);
    }
    takeDisturbances(now);
    const Quaternion q = trueOrientation(now);
    MotionSample s;
    const Vector3 gravity = q.rotateInverse({0, 0, 1}) + shockAt(now);
    std::erase_if(m_knocks, [now](const Disturbance &d) { return now >= d.start + d.seconds; });
    s.accel = Vector3{gravity.x + noise(0.004), gravity.y + noise(0.004), gravity.z + noise(0.004)};
    const Vector3 field = q.rotateInverse({FieldHorizontal, 0, FieldVertical});
    s.mag = Vector3{field.x + noise(0.3), field.y + noise(0.3), field.z + noise(0.3)};

    // The body rate that turns the previous orientation into this one.
    Vector3 rate;
    if (m_lastMotionTime && now > *m_lastMotionTime) {
        const double dt = now - *m_lastMotionTime;
        Quaternion d = trueOrientation(*m_lastMotionTime).conjugate() * q;
        if (d.w < 0)
            d = Quaternion{-d.w, -d.x, -d.y, -d.z};
        const double angle = 2 * std::acos(std::min(1.0, d.w));
        const double sinHalf = std::sqrt(std::max(0.0, 1 - d.w * d.w));
        if (sinHalf > 1e-12)
            rate = Vector3{d.x, d.y, d.z} * (angle / sinHalf / dt / DegToRad);
    }
    m_lastMotionTime = now;
    s.gyro = Vector3{rate.x + noise(0.1), rate.y + noise(0.1), rate.z + noise(0.1)};
    return s;
}

ClimateSample SimulatedSource::readClimate(double now)
{
    // Slow drifts (tens of minutes to hours) plus a little noise, kept
    // inside the ranges a room gives.
    ClimateSample s;
    const double air = 22.5 + 1.0 * wave(now, 1800, m_phase[3]) + 0.3 * wave(now, 420, m_phase[4]);
    s.humidityTemperature = std::clamp(air + noise(0.05), 21.0, 24.0);
    s.pressureTemperature = std::clamp(air + 0.4 + noise(0.05), 21.0, 24.0);
    s.humidity = std::clamp(45.0 - 6.0 * wave(now, 1800, m_phase[3]) +
                                2.0 * wave(now, 300, m_phase[5]) + noise(0.2),
                            35.0, 55.0);
    s.pressure =
        std::clamp(1012.5 + 6.0 * wave(now, 7200, m_phase[6]) + noise(0.03), 1005.0, 1020.0);
    // A CPU some degrees above the air, so that the compensated temperature
    // (which assumes the HAT is warmed by the CPU) stays in the high teens.
    s.cpuTemperature = air + 8.0 + 2.0 * wave(now, 240, m_phase[7]) + noise(0.3);
    return s;
}
