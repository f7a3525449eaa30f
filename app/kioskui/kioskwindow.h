// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QQmlApplicationEngine>

// The kiosk screen: loads the PiCam QML module and shows its window, full
// screen unless windowed.
class KioskWindow
{
public:
    // Returns false (and logs why) when the QML could not be loaded.
    // inputFilter (may be null) sees every input event of the window first.
    bool load(bool windowed, QObject *inputFilter = nullptr);
    // Re-evaluates every qsTr() after a language switch.
    void retranslate() { m_engine.retranslate(); }

private:
    QQmlApplicationEngine m_engine;
};
