// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "streamlatency.h"

namespace {
double toMs(qint64 ns)
{
    return double(ns) / 1e6;
}
} // namespace

StreamLatency::InFlight *StreamLatency::find(qint64 captureNs)
{
    for (auto &f : m_inFlight) {
        if (f.captureNs == captureNs)
            return &f;
    }
    return nullptr;
}

void StreamLatency::dequeued(qint64 captureNs, qint64 nowNs)
{
    m_queue.add(nowNs, toMs(nowNs - captureNs));
    m_inFlight.push_back({captureNs, nowNs});
    while (m_inFlight.size() > MaxInFlight)
        m_inFlight.pop_front();
}

void StreamLatency::encoded(qint64 captureNs, qint64 nowNs)
{
    InFlight *f = find(captureNs);
    if (!f)
        return;
    f->encodedNs = nowNs;
    m_encode.add(nowNs, toMs(nowNs - f->dequeuedNs));
}

void StreamLatency::sent(qint64 captureNs, qint64 nowNs)
{
    m_total.add(nowNs, toMs(nowNs - captureNs));
    // Frames before this one whose packets were skipped (waiting for a
    // keyframe) go with it.
    while (!m_inFlight.empty() && m_inFlight.front().captureNs <= captureNs) {
        const InFlight f = m_inFlight.front();
        m_inFlight.pop_front();
        if (f.captureNs == captureNs && f.encodedNs > 0)
            m_send.add(nowNs, toMs(nowNs - f.encodedNs));
    }
}

void StreamLatency::reset()
{
    m_inFlight.clear();
}

void StreamLatency::summarise(qint64 nowNs, StreamStats &stats)
{
    const auto total = m_total.summary(nowNs);
    stats.latencyMs = total.median;
    stats.latencyP99Ms = total.p99;
    stats.queueMs = m_queue.summary(nowNs).median;
    stats.encodeMs = m_encode.summary(nowNs).median;
    stats.sendMs = m_send.summary(nowNs).median;
}
