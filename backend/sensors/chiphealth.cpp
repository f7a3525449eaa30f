// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "chiphealth.h"

ChipHealth::ChipHealth(const QString &name, Backoff backoff)
    : m_name(name)
    , m_backoff(std::move(backoff))
{}

QString ChipHealth::stateName(State state)
{
    switch (state) {
    case State::Absent:
        return QStringLiteral("absent");
    case State::Ok:
        return QStringLiteral("ok");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void ChipHealth::probeSucceeded(const QString &path)
{
    m_state = State::Ok;
    m_everOk = true;
    m_path = path;
    m_consecutiveFailures = 0;
    m_lastError.clear();
    m_backoff.reset();
}

void ChipHealth::probeFailed(double now, const QString &error)
{
    if (m_everOk)
        ++m_errorCount;
    m_state = m_everOk ? State::Failed : State::Absent;
    m_lastError = error;
    scheduleProbe(now);
}

bool ChipHealth::probeDue(double now) const
{
    return m_state != State::Ok && now >= m_nextProbeAt;
}

void ChipHealth::readSucceeded()
{
    m_consecutiveFailures = 0;
}

bool ChipHealth::readFailed(double now, const QString &error)
{
    ++m_errorCount;
    ++m_consecutiveFailures;
    m_lastError = error;
    if (m_state == State::Ok && m_consecutiveFailures >= FailAfter) {
        m_state = State::Failed;
        scheduleProbe(now);
        return true;
    }
    return false;
}

void ChipHealth::scheduleProbe(double now)
{
    m_nextProbeAt = now + double(m_backoff.next().count()) / 1000.0;
}
