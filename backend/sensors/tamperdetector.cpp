// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "tamperdetector.h"

#include <algorithm>
#include <cmath>
#include <numbers>

TamperDetector::TamperDetector(const Options &options)
    : m_options(options)
{}

void TamperDetector::reset()
{
    m_haveReference = false;
    m_active = false;
    m_info = {};
    m_deviation = 0;
    m_shock = 0;
}

TamperDetector::Change TamperDetector::update(const AttitudeSample &sample)
{
    const double dt = sample.time - m_lastTime;
    if (!m_haveReference || dt <= 0 || dt > MaxGapSeconds) {
        // Nothing to compare with yet, or a gap: this pose is the reference.
        m_reference = sample.orientation;
        m_haveReference = true;
        m_lastTime = sample.time;
        m_deviation = 0;
        m_shock = std::abs(sample.accel.norm() - 1.0);
        return Change::None;
    }
    m_lastTime = sample.time;
    m_deviation = m_reference.angleTo(sample.orientation) * 180.0 / std::numbers::pi;
    m_shock = std::abs(sample.accel.norm() - 1.0);
    // The reference follows always, also during an event: a camera left in
    // a new pose ends its event once it has been still there a while.
    m_reference = Quaternion::slerp(m_reference, sample.orientation,
                                    1.0 - std::exp(-dt / m_options.referenceSeconds));

    const bool over = m_deviation > m_options.degrees || m_shock > m_options.g;
    if (!m_active) {
        if (!over)
            return Change::None;
        m_active = true;
        m_lastTrigger = sample.time;
        m_info = {sample.wallMs, 0, m_deviation, m_shock};
        return Change::Started;
    }
    m_info.peakDegrees = std::max(m_info.peakDegrees, m_deviation);
    m_info.peakG = std::max(m_info.peakG, m_shock);
    if (over) {
        m_lastTrigger = sample.time;
        m_info.endMs = sample.wallMs; // the last sample over, so far
        return Change::None;
    }
    if (sample.time - m_lastTrigger < m_options.settleSeconds)
        return Change::None;
    m_active = false;
    if (m_info.endMs == 0)
        m_info.endMs = m_info.startMs; // one sample over, then quiet
    return Change::Ended;
}
