// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QtGlobal>

#include <chrono>
#include <deque>

// The recent history of one delay (capture to socket, or one stage of it):
// samples of the last `span`, summarised as median and 99th percentile. At 30
// fps and 10 s that is 300 samples; summary() sorts a copy, once a second.
class LatencyWindow
{
public:
    struct Summary
    {
        double median = 0;
        double p99 = 0;
        int samples = 0;
    };

    explicit LatencyWindow(std::chrono::milliseconds span = std::chrono::seconds(10));

    // A delay of valueMs, seen at nowNs (CLOCK_MONOTONIC).
    void add(qint64 nowNs, double valueMs);
    // Of the samples within span before nowNs; older ones are forgotten.
    Summary summary(qint64 nowNs);
    void clear() { m_samples.clear(); }

private:
    void expire(qint64 nowNs);

    qint64 m_spanNs;
    std::deque<std::pair<qint64, double>> m_samples;
};
