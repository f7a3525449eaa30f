// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "latencywindow.h"

#include <algorithm>
#include <vector>

LatencyWindow::LatencyWindow(std::chrono::milliseconds span)
    : m_spanNs(std::chrono::duration_cast<std::chrono::nanoseconds>(span).count())
{}

void LatencyWindow::add(qint64 nowNs, double valueMs)
{
    m_samples.emplace_back(nowNs, valueMs);
    expire(nowNs);
}

void LatencyWindow::expire(qint64 nowNs)
{
    while (!m_samples.empty() && m_samples.front().first < nowNs - m_spanNs)
        m_samples.pop_front();
}

LatencyWindow::Summary LatencyWindow::summary(qint64 nowNs)
{
    expire(nowNs);
    Summary s;
    s.samples = int(m_samples.size());
    if (m_samples.empty())
        return s;
    std::vector<double> values;
    values.reserve(m_samples.size());
    for (const auto &sample : m_samples)
        values.push_back(sample.second);
    // Nearest rank: the value below which that share of the samples lie.
    const auto rank = [&](double p) {
        const size_t i = std::min(values.size() - 1, size_t(p * double(values.size())));
        std::nth_element(values.begin(), values.begin() + ptrdiff_t(i), values.end());
        return values[i];
    };
    s.median = rank(0.5);
    s.p99 = rank(0.99);
    return s;
}
