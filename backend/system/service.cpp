// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "service.h"

#include "logging.h"

Service::Service(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSystem).noquote() << m_name << "retrying after:" << m_lastError;
        m_retryAt = {};
        setState(State::Starting);
        startService();
    });
}

Service::~Service() = default;

QString Service::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return QStringLiteral("Stopped");
    case State::Starting:
        return QStringLiteral("Starting");
    case State::Running:
        return QStringLiteral("Running");
    case State::Retrying:
        return QStringLiteral("Retrying");
    case State::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

QString Service::stateName() const
{
    return stateName(m_state);
}

void Service::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_retryTimer.stop();
    m_retryAt = {};
    m_backoff.reset();
    setState(State::Starting);
    startService();
}

void Service::stop()
{
    m_retryTimer.stop();
    m_retryAt = {};
    if (m_state == State::Stopped)
        return;
    stopService();
    setState(State::Stopped);
}

void Service::restart()
{
    stop();
    start();
}

void Service::reportRunning()
{
    if (m_state == State::Stopped)
        return;
    m_backoff.reset();
    m_retryAt = {};
    setLastError({});
    setState(State::Running);
}

void Service::retryLater(const QString &reason)
{
    if (m_state == State::Stopped)
        return;
    stopService();
    const auto delay = m_backoff.next();
    m_retryTimer.start(delay);
    reportRetrying(reason, delay);
}

void Service::reportRetrying(const QString &reason, std::chrono::milliseconds nextAttemptIn)
{
    if (m_state == State::Stopped)
        return;
    if (reason != m_lastError)
        qCWarning(lcSystem).noquote() << m_name << "failed:" << reason << "- retrying in"
                                      << nextAttemptIn.count() / 1000.0 << "s";
    m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(nextAttemptIn.count());
    setLastError(reason);
    setState(State::Retrying);
    // retryAt moves on every attempt even when the state stays Retrying.
    emit stateChanged(m_state);
}

void Service::reportFailed(const QString &reason)
{
    if (m_state == State::Stopped)
        return;
    qCCritical(lcSystem).noquote() << m_name << "failed:" << reason;
    m_retryTimer.stop();
    m_retryAt = {};
    setLastError(reason);
    setState(State::Failed);
}

void Service::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    emit lastErrorChanged(error);
}

void Service::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcSystem).noquote() << m_name << "is" << stateName(state);
    emit stateChanged(state);
}
