// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "useractivity.h"

#include <QEvent>
#include <QKeyEvent>

UserActivity::UserActivity(QObject *parent)
    : QObject(parent)
{
    // As often as the shortest lock or blank time a person can set.
    m_watchTimer.setInterval(std::chrono::seconds(1));
    connect(&m_watchTimer, &QTimer::timeout, this, &UserActivity::active);
}

void UserActivity::setWatching(bool on)
{
    if (on == watching())
        return;
    if (on) {
        m_watchTimer.start();
        emit active();
    } else {
        m_watchTimer.stop();
    }
    emit watchingChanged();
}

void UserActivity::setKeyboardNavigation(bool on)
{
    if (on == m_keyboardNavigation)
        return;
    m_keyboardNavigation = on;
    emit keyboardNavigationChanged();
}

bool UserActivity::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::Wheel: {
        setKeyboardNavigation(false);
        const bool swallow = m_swallowWhile && m_swallowWhile();
        emit active();
        if (!swallow)
            break;
        m_swallowingPointer = event->type() != QEvent::Wheel;
        event->accept();
        return true;
    }
    case QEvent::MouseMove:
    case QEvent::TouchUpdate:
        emit active();
        if (m_swallowingPointer) {
            event->accept();
            return true;
        }
        break;
    case QEvent::MouseButtonRelease:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        emit active();
        if (m_swallowingPointer) {
            m_swallowingPointer = false;
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress: {
        // The auto-repeat of a swallowed key (a joystick held) is swallowed too.
        const int key = static_cast<QKeyEvent *>(event)->key();
        setKeyboardNavigation(true);
        const bool swallow =
            (m_swallowedKey != 0 && key == m_swallowedKey) || (m_swallowWhile && m_swallowWhile());
        emit active();
        if (!swallow)
            break;
        m_swallowedKey = key;
        event->accept();
        return true;
    }
    case QEvent::KeyRelease:
        emit active();
        if (m_swallowedKey != 0 && static_cast<QKeyEvent *>(event)->key() == m_swallowedKey) {
            if (!static_cast<QKeyEvent *>(event)->isAutoRepeat())
                m_swallowedKey = 0;
            event->accept();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
