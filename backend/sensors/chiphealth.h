// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "system/backoff.h"

#include <QString>

// The state of one Sense HAT chip as the source tracks it: errors are
// counted, a chip whose reads keep failing is Failed (its fields go absent),
// and a Failed or Absent chip is probed again with back-off. Times are
// monotonic seconds, passed in so tests can run on simulated time.
class ChipHealth
{
public:
    enum class State { Absent, Ok, Failed };
    // Consecutive failed reads that make a chip Failed.
    static constexpr int FailAfter = 3;

    explicit ChipHealth(const QString &name, Backoff backoff = Backoff());

    QString name() const { return m_name; }
    State state() const { return m_state; }
    static QString stateName(State state);
    QString lastError() const { return m_lastError; }
    int errorCount() const { return m_errorCount; }
    int consecutiveFailures() const { return m_consecutiveFailures; }
    // How the chip is read now, e.g. "i2c-dev /dev/i2c-1 0x5f" or "IIO ...".
    QString path() const { return m_path; }

    // Result of a probe at `now`. A chip that never answered stays Absent; one
    // that answered before becomes Failed. Both are probed again later.
    void probeSucceeded(const QString &path);
    void probeFailed(double now, const QString &error);
    bool probeDue(double now) const;

    void readSucceeded();
    // Returns true when this failure made the chip Failed.
    bool readFailed(double now, const QString &error);

    double nextProbeAt() const { return m_nextProbeAt; }

private:
    void scheduleProbe(double now);

    QString m_name;
    Backoff m_backoff;
    State m_state = State::Absent;
    bool m_everOk = false;
    QString m_lastError;
    QString m_path;
    int m_errorCount = 0;
    int m_consecutiveFailures = 0;
    double m_nextProbeAt = 0;
};
