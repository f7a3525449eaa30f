// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class Settings;

// The optional PIN in front of the settings panel and the device page. The
// PIN lives in ui/pin as a salted hash (PinHash).
//
// - Five wrong tries lock the pad for a minute. The count and the lock are
//   kept in a small state file (stateFile()), so a restart (or pulling the
//   plug) does not hand out five more tries.
// - A new PIN is entered twice (startNewPin(), enterNewPin()); once both
//   entries match its hash goes out in newPinChosen() and is saved with the
//   settings panel's Apply (SettingsEditor::stagePin), never at once.
// - A session opened by the right PIN (enter(), check()) ends with leave()
//   or after ui/lock_seconds without input (noteActivity()): relocked().
class PinLock : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY pinSetChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY lockChanged)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY lockChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    Q_PROPERTY(int lockSeconds READ lockSeconds NOTIFY lockSecondsChanged)
    Q_PROPERTY(bool confirmingNewPin READ confirmingNewPin NOTIFY newPinChanged)
    Q_PROPERTY(QString newPinMessage READ newPinMessage NOTIFY newPinChanged)
    Q_PROPERTY(int minimumLength READ minimumLength CONSTANT)
    Q_PROPERTY(int maximumLength READ maximumLength CONSTANT)

public:
    static constexpr int MaxTries = 5;
    static constexpr qint64 LockMs = 60 * 1000;

    // Milliseconds; injectable for tests. The monotonic clock times the
    // lock and the idle time within a run; the wall clock carries the lock
    // across a restart (a monotonic clock starts again at boot).
    using Clock = std::function<qint64()>;

    explicit PinLock(Settings *settings, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setWallClock(Clock clock) { m_wallClock = std::move(clock); }

    // $STATE_DIRECTORY (systemd's StateDirectory=) or the user's application
    // data directory, + "/pin-lockout".
    static QString defaultStateFile();
    // Where wrong tries and the lock are kept (written atomically, 0600);
    // reads what an earlier run left there. Empty: kept in memory only.
    void setStateFile(const QString &path);
    QString stateFile() const { return m_stateFile; }

    bool pinSet() const;
    bool locked() const;
    int secondsLeft() const;
    int triesLeft() const { return MaxTries - m_failures; }
    bool unlocked() const { return m_unlocked; }
    // The first entry of a new PIN was taken; the same again is next.
    bool confirmingNewPin() const { return m_confirmingNewPin; }
    QString newPinMessage() const { return m_newPinMessage; }
    int minimumLength() const { return 4; }
    int maximumLength() const { return 8; }
    // ui/lock_seconds: idle time that ends a session; 0 = never.
    int lockSeconds() const;

    // True when the protected pages may open without the pad: no PIN is
    // set or a session is open (which it then keeps alive).
    Q_INVOKABLE bool enter();
    // True when pin is right or no PIN is set (and a session opens); false
    // when wrong or locked.
    Q_INVOKABLE bool check(const QString &pin);
    // The protected pages closed: the next visit needs the PIN again.
    Q_INVOKABLE void leave();

    // Starts entering a new PIN from its first entry.
    Q_INVOKABLE void startNewPin();
    // One entry of a new PIN. True once the second entry matched the first:
    // newPinChosen() carries the hash. Otherwise confirmingNewPin and
    // newPinMessage say what next (a mismatch starts again from the first).
    Q_INVOKABLE bool enterNewPin(const QString &pin);

public slots:
    // Re-reads the clock: ends the lock when its minute is over and the
    // session when it has been idle for ui/lock_seconds.
    void refresh();
    // Someone touched the screen or pressed a key.
    void noteActivity();

signals:
    void pinSetChanged();
    void lockChanged();
    void unlockedChanged();
    void lockSecondsChanged();
    // The session ended by itself (idle for ui/lock_seconds).
    void relocked();
    void newPinChanged();
    void newPinChosen(const QString &hash);

private:
    void setUnlocked(bool unlocked);
    void restartIdleTimer();
    void setNewPin(bool confirming, const QString &message);
    void loadState();
    void saveState() const;

    Settings *m_settings;
    Clock m_clock;
    Clock m_wallClock;
    QString m_stateFile;
    int m_failures = 0;
    qint64 m_lockedUntil = 0;     // m_clock ms; 0 = not locked
    qint64 m_lockedUntilWall = 0; // the same in m_wallClock ms, for the state file
    QTimer m_tick;                // counts the lock down on screen
    bool m_unlocked = false;
    qint64 m_lastActivity = 0; // m_clock ms
    QTimer m_idle;             // fires when the session may have been idle long enough
    bool m_confirmingNewPin = false;
    QString m_newPinMessage;
    QString m_firstEntry;
};
