// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "quaternion.h"
#include "sensorsource.h"

#include <QMutex>

#include <random>
#include <vector>

// A Sense HAT that is not there: plausible, slowly varying values (21-24 degC,
// 35-55 %rH, 1005-1020 hPa, a CPU about 8 degC warmer, a device almost level and
// slowly turning) with a little sensor noise. The motion is generated as a
// true orientation, so the accelerometer, gyroscope and magnetometer agree
// with each other and the attitude filter follows them. A seed makes a run
// reproducible; 0 picks one at random.
//
// Tests disturb it like a hand would (tamper detection): tilt() turns the
// device and leaves it turned, knock() shakes it. Both may be called from any
// thread and start at the next motion sample.
//
// For screenshots and demonstrations of the event toast, the environment
// variable PICAM_SIMULATED_KNOCK_SECONDS=N knocks it once (2 g sideways for
// 0.1 s), N seconds after its first motion sample: a real tamper event,
// detected, logged and published like any other.
class SimulatedSource : public SensorSource
{
public:
    static constexpr const char *KnockVariable = "PICAM_SIMULATED_KNOCK_SECONDS";

    explicit SimulatedSource(quint32 seed = 0);

    quint32 seed() const { return m_seed; }
    QString description() const override;
    MotionSample readMotion(double now) override;
    ClimateSample readClimate(double now) override;

    // The device is turned by `rotation` (in the earth frame: about the
    // vertical is a pan) over `seconds`, and stays turned.
    void tilt(const Quaternion &rotation, double seconds = 0.2);
    // A shock: `acceleration` (g, device axes) on top of gravity for `seconds`.
    void knock(const Vector3 &acceleration, double seconds = 0.05);

    // The orientation the simulation holds at `now` (for tests).
    Quaternion trueOrientation(double now) const;
    static constexpr double FieldHorizontal = 20.0; // microtesla
    static constexpr double FieldVertical = -44.0;  // microtesla (northern hemisphere: down)

private:
    struct Disturbance
    {
        double start = -1; // source time; < 0: from the next sample on
        double seconds = 0;
        Quaternion rotation; // tilt
        Vector3 shock;       // knock
    };

    double noise(double sigma);
    void takeDisturbances(double now);
    Vector3 shockAt(double now) const;

    quint32 m_seed;
    std::mt19937 m_random;
    double m_phase[8] = {};
    std::optional<double> m_lastMotionTime;
    QMutex m_pendingMutex; // tilt() and knock() may come from another thread
    std::vector<Disturbance> m_pendingTilts;
    std::vector<Disturbance> m_pendingKnocks;
    std::vector<Disturbance> m_tilts;  // started, in order
    std::vector<Disturbance> m_knocks; // started, not yet over
    double m_knockAfter = -1;          // KnockVariable; < 0: none (left)
    double m_firstSample = -1;
};
