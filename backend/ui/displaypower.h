// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QObject>
#include <QTime>
#include <QTimer>

#include <functional>

class Settings;

// The display's backlight (/sys/class/backlight/NAME: brightness,
// max_brightness, bl_power): ui/brightness while in use, ui/night_brightness
// between ui/night_start and ui/night_end, dimmed to ui/dim_brightness after
// ui/dim_seconds without input and dark after ui/blank_seconds (bl_power off,
// or brightness 0 where there is no bl_power); noteActivity() wakes it.
// Without a backlight this user may write (an HDMI monitor, a missing udev
// rule) all of it is off and description() says why. The brightness found at
// start is put back when this object goes.
class DisplayPower : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool blanked READ blanked NOTIFY stateChanged)
    Q_PROPERTY(bool night READ night NOTIFY stateChanged)
    Q_PROPERTY(int level READ level NOTIFY stateChanged)
    Q_PROPERTY(QString description READ description NOTIFY descriptionChanged)

public:
    enum class State { Awake, Dimmed, Blanked };
    Q_ENUM(State)

    static QString defaultRoot() { return QStringLiteral("/sys/class/backlight"); }
    // Monotonic milliseconds, and the local time of day; injectable for tests.
    using Clock = std::function<qint64()>;
    using TimeOfDay = std::function<QTime()>;

    // Uses the first backlight under root (by name) that has brightness and
    // max_brightness.
    explicit DisplayPower(const Settings *settings, const QString &root = defaultRoot(),
                          QObject *parent = nullptr);
    ~DisplayPower() override;

    void setClock(Clock clock);
    void setTimeOfDay(TimeOfDay timeOfDay);

    bool available() const { return m_available; }
    State state() const { return m_state; }
    bool blanked() const { return m_state == State::Blanked; }
    bool night() const { return m_night; }
    // Percent of the backlight's range now set (0 when dark).
    int level() const { return m_level; }
    // The backlight's name and state, or why there is none, in words.
    QString description() const;
    QString backlightPath() const { return m_device; }

    // ui/night_start <= time < ui/night_end (across midnight when the end
    // is earlier); false without a schedule.
    static bool isNight(const QTime &time, const QString &start, const QString &end);

public slots:
    // Someone touched the screen or pressed a key: awake, timers start again.
    void noteActivity();
    // Works out the state from the idle time, the clock and the settings and
    // sets the backlight; runs again by itself when the next change is due.
    void evaluate();
    // The description is in the screen's language.
    void retranslate() { emit descriptionChanged(); }

signals:
    void availableChanged();
    void stateChanged();
    void descriptionChanged();

private:
    enum class Problem { None, NoBacklight, NotWritable, WriteFailed };
    bool write(const QString &name, int value);
    void setUnavailable(Problem problem, const QString &detail);

    const Settings *m_settings;
    QString m_device; // the backlight's directory; empty when none
    int m_maximum = 0;
    bool m_hasPower = false;
    int m_original = -1; // brightness found at start
    bool m_available = false;
    Problem m_problem = Problem::NoBacklight;
    QString m_problemDetail; // the system's words (a path, an errno text)

    Clock m_clock;
    TimeOfDay m_timeOfDay;
    qint64 m_lastActivity = 0;
    State m_state = State::Awake;
    bool m_night = false;
    int m_level = 100;
    int m_writtenBrightness = -1;
    int m_writtenPower = -1;
    QTimer m_timer;
};
