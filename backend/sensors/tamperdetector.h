// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "attitudesample.h"

#include <QMetaType>

// One tamper event: the camera was turned, tilted or knocked.
struct TamperInfo
{
    qint64 startMs = 0;     // Unix ms of the first sample over a threshold
    qint64 endMs = 0;       // of the last one (0 while it lasts)
    double peakDegrees = 0; // largest turn away from the reference
    double peakG = 0;       // largest deviation of |acceleration| from 1 g
    bool operator==(const TamperInfo &) const = default;
};
Q_DECLARE_METATYPE(TamperInfo)

// Tells a camera that was moved or knocked from one that stands still or
// drifts slowly, sample by sample (pure: no clock, no thread; the samples
// carry their time).
//
// - Moved: the attitude turned more than `degrees` away from a reference
//   that follows the attitude slowly (time constant referenceSeconds). A
//   turn much faster than that stands out in full; a drift of r degrees a
//   second lags the reference by only r * referenceSeconds, so drift slower
//   than degrees / referenceSeconds per second is never reported.
// - Knocked: |acceleration| differs from 1 g by more than `g`.
// - An event lasts until neither has happened for settleSeconds: a door
//   slam with its rattle is one event, and a camera turned to a new pose
//   ends its event once the reference has caught up and it stays still.
class TamperDetector
{
public:
    struct Options
    {
        double degrees = 10;
        double g = 0.5;
        double settleSeconds = 5;
        double referenceSeconds = 5;
    };
    enum class Change { None, Started, Ended };

    TamperDetector() = default;
    explicit TamperDetector(const Options &options);

    Change update(const AttitudeSample &sample);
    void reset();

    bool isActive() const { return m_active; }
    // The event going on, or the last one after Ended.
    const TamperInfo &info() const { return m_info; }
    // How far the last sample was from the reference, and how far from 1 g.
    double deviationDegrees() const { return m_deviation; }
    double shockG() const { return m_shock; }
    const Options &options() const { return m_options; }

    // Samples further apart than this (a restarted sampler, a stalled bus)
    // restart the reference instead of comparing across the gap.
    static constexpr double MaxGapSeconds = 1.0;

private:
    Options m_options;
    bool m_haveReference = false;
    Quaternion m_reference;
    double m_lastTime = 0;
    bool m_active = false;
    double m_lastTrigger = 0;
    TamperInfo m_info;
    double m_deviation = 0;
    double m_shock = 0;
};
