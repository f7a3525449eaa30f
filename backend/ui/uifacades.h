// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "connectiontest.h"
#include "deviceinfo.h"
#include "displaypower.h"
#include "eventnotice.h"
#include "gallery.h"
#include "kioskscreen.h"
#include "maskeditor.h"
#include "motionindicator.h"
#include "pinlock.h"
#include "preview.h"
#include "sensorpanel.h"
#include "settingseditor.h"
#include "statussummary.h"
#include "useractivity.h"

class Settings;
class Supervisor;

// Every facade of the kiosk screen, built and wired to each other, the
// settings and the supervisor in one place (main() and the QML tests use
// the same wiring). The services' own signals are connected by main().
struct UiFacades
{
    // backlightRoot: where DisplayPower looks for the display's backlight.
    UiFacades(Settings &settings, Supervisor &supervisor,
              const QString &backlightRoot = DisplayPower::defaultRoot());

    SensorPanel sensorPanel;
    StatusSummary statusSummary;
    Preview preview;
    SettingsEditor settingsEditor;
    // The settings panel's zone editor, on the motion/mask field.
    MaskEditor maskEditor;
    ConnectionTest connectionTest;
    PinLock pinLock;
    KioskScreen kioskScreen;
    MotionIndicator motionIndicator;
    EventNotice eventNotice;
    // Its events and clips come from the services (setEventService,
    // setRecordingService); its photos are the Photo button's.
    Gallery gallery;
    DeviceInfo deviceInfo;
    DisplayPower displayPower;
    // Installed on the window by the screen module: input wakes the
    // display and keeps an unlocked settings session alive.
    UserActivity userActivity;
};
