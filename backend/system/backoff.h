// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <chrono>
#include <functional>

// Exponential back-off with jitter for every reconnect in the program:
// 1 s doubling to 30 s, each delay spread by +-20 % so that many devices
// that lost the same server do not come back in lock step.
class Backoff
{
public:
    using Duration = std::chrono::milliseconds;
    // Returns a number in [0, 1); replaceable so tests are deterministic.
    using RandomSource = std::function<double()>;

    explicit Backoff(Duration initial = std::chrono::seconds(1),
                     Duration maximum = std::chrono::seconds(30), double jitter = 0.2,
                     RandomSource random = {});

    // The delay before the next attempt; each call doubles the base delay.
    Duration next();
    // After a success the next failure starts again from the initial delay.
    void reset();
    int attempts() const { return m_attempts; }

private:
    Duration m_initial;
    Duration m_maximum;
    double m_jitter;
    RandomSource m_random;
    Duration m_current;
    int m_attempts = 0;
};
