// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "backoff.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

// One long-running part of the program (capture, stream, sensors, MQTT).
// Carries the state and last error the UI and the log show, and the retry
// policy of the design: a failure that may heal is retried with back-off, one
// that cannot (bad settings, missing hardware the user chose) stays Failed
// until the service is started again.
class Service : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString stateName READ stateName NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QDateTime retryAt READ retryAt NOTIFY stateChanged)

public:
    enum class State { Stopped, Starting, Running, Retrying, Failed };
    Q_ENUM(State)

    explicit Service(const QString &name, QObject *parent = nullptr);
    ~Service() override;

    QString name() const { return m_name; }
    State state() const { return m_state; }
    QString stateName() const;
    QString lastError() const { return m_lastError; }
    // When a Retrying service makes its next attempt; invalid otherwise.
    QDateTime retryAt() const { return m_retryAt; }

    static QString stateName(State state);

public slots:
    void start();
    void stop();
    void restart();

signals:
    void stateChanged(Service::State state);
    void lastErrorChanged(const QString &error);

protected:
    // Implementations start or stop their work; start may finish later and
    // report through the functions below.
    virtual void startService() = 0;
    virtual void stopService() = 0;

    void reportRunning();
    // A failure that may heal: stop, wait the next back-off delay, start again.
    void retryLater(const QString &reason);
    // For services that reconnect on their own (Paho, the RTSP worker): only
    // records that they are retrying and when the next attempt is due.
    void reportRetrying(const QString &reason, std::chrono::milliseconds nextAttemptIn);
    // A failure that needs a person: stays Failed until start() is called.
    void reportFailed(const QString &reason);
    void setLastError(const QString &error);

    Backoff &backoff() { return m_backoff; }

private:
    void setState(State state);

    const QString m_name;
    State m_state = State::Stopped;
    QString m_lastError;
    QDateTime m_retryAt;
    Backoff m_backoff;
    QTimer m_retryTimer;
};
