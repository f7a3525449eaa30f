// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QObject>

#include <functional>

// Notices a person at the screen: installed as an event filter on the kiosk
// window, it emits active() for every touch, mouse, wheel and key event (the
// Sense HAT joystick arrives as keys). While swallowWhile() says so (a dark
// screen) the input that wakes the screen goes no further, from the press to
// its release: the first touch on a dark screen only turns it on, it never
// presses the button that happens to be under the finger.
class UserActivity : public QObject
{
    Q_OBJECT
public:
    explicit UserActivity(QObject *parent = nullptr);

    void setSwallowWhile(std::function<bool()> predicate) { m_swallowWhile = std::move(predicate); }

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void active();

private:
    std::function<bool()> m_swallowWhile;
    bool m_swallowingPointer = false; // from a swallowed press to its release
    int m_swallowedKey = 0;           // the key whose press was swallowed
};
