// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

// Notices a person at the screen: installed as an event filter on the kiosk
// window, it emits active() for every touch, mouse, wheel and key event (the
// Sense HAT joystick arrives as keys). While swallowWhile() says so (a dark
// screen) the input that wakes the screen goes no further, from the press to
// its release: the first touch on a dark screen only turns it on, it never
// presses the button that happens to be under the finger.
// It also tells the screen how the person moves around: keyboardNavigation
// turns on with a key press (the joystick) and off with a touch or a click,
// so the focus frame shows only to someone who steers with the joystick.
class UserActivity : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool keyboardNavigation READ keyboardNavigation NOTIFY keyboardNavigationChanged)
    // A person watching a clip touches nothing, yet is there: while this
    // is on, active() comes every second, so the screen neither goes
    // dark nor locks under them.
    Q_PROPERTY(bool watching READ watching WRITE setWatching NOTIFY watchingChanged)
public:
    explicit UserActivity(QObject *parent = nullptr);

    bool keyboardNavigation() const { return m_keyboardNavigation; }

    bool watching() const { return m_watchTimer.isActive(); }
    void setWatching(bool on);
    // How often active() comes while watching (for tests).
    void setWatchInterval(std::chrono::milliseconds interval)
    {
        m_watchTimer.setInterval(interval);
    }

    void setSwallowWhile(std::function<bool()> predicate) { m_swallowWhile = std::move(predicate); }

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void active();
    void keyboardNavigationChanged();
    void watchingChanged();

private:
    void setKeyboardNavigation(bool on);

    std::function<bool()> m_swallowWhile;
    bool m_swallowingPointer = false; // from a swallowed press to its release
    int m_swallowedKey = 0;           // the key whose press was swallowed
    bool m_keyboardNavigation = false;
    QTimer m_watchTimer;
};
