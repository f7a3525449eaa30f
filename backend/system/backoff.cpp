// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

Backoff::Backoff(Duration initial, Duration maximum, double jitter, RandomSource random)
    : m_initial(initial)
    , m_maximum(std::max(initial, maximum))
    , m_jitter(std::clamp(jitter, 0.0, 1.0))
    , m_random(random ? std::move(random)
                      : [] { return QRandomGenerator::global()->generateDouble(); })
    , m_current(initial)
{}

Backoff::Duration Backoff::next()
{
    const Duration base = m_current;
    m_current = std::min(m_current * 2, m_maximum);
    ++m_attempts;
    const double spread = 1.0 + m_jitter * (2.0 * m_random() - 1.0);
    const auto jittered = Duration(qint64(double(base.count()) * spread));
    return std::clamp(jittered, Duration(0), m_maximum);
}

void Backoff::reset()
{
    m_current = m_initial;
    m_attempts = 0;
}
