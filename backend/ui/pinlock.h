// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class Settings;

// The optional PIN in front of the settings panel. The PIN lives in ui/pin as
// a salted hash (PinHash); five wrong tries lock the pad for a minute.
class PinLock : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY pinSetChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY lockChanged)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY lockChanged)
    Q_PROPERTY(int minimumLength READ minimumLength CONSTANT)
    Q_PROPERTY(int maximumLength READ maximumLength CONSTANT)

public:
    static constexpr int MaxTries = 5;
    static constexpr qint64 LockMs = 60 * 1000;

    // Milliseconds of a monotonic clock; injectable for tests.
    using Clock = std::function<qint64()>;

    explicit PinLock(Settings *settings, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    bool pinSet() const;
    bool locked() const;
    int secondsLeft() const;
    int triesLeft() const { return MaxTries - m_failures; }
    int minimumLength() const { return 4; }
    int maximumLength() const { return 8; }

    // True when pin is right or no PIN is set; false when wrong or locked.
    Q_INVOKABLE bool check(const QString &pin);
    // Sets a new PIN and saves the settings; returns the error or "".
    Q_INVOKABLE QString setPin(const QString &pin);
    Q_INVOKABLE QString clearPin();

public slots:
    // Re-reads the clock: ends the lock when its minute is over.
    void refresh();

signals:
    void pinSetChanged();
    void lockChanged();

private:
    QString store(const QString &hash);

    Settings *m_settings;
    Clock m_clock;
    int m_failures = 0;
    qint64 m_lockedUntil = 0; // clock ms; 0 = not locked
    QTimer m_tick;            // counts the lock down on screen
};
