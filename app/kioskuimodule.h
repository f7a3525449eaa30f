// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "config/settings.h"

#include <QtPlugin>

#include <memory>

class EventService;
class MotionService;
class MqttService;
class PreviewBridge;
class RecordingService;
class SensorService;
class StreamService;
class Supervisor;

// The kiosk screen lives in a module the program loads only when it shows
// the screen, so that --headless never maps Qt Quick and QML (4-5 MiB of a
// service's memory). This is the whole interface between the two.

// What the screen shows and controls; owned by main(), outliving the screen.
struct KioskServices
{
    Settings &settings;
    Supervisor &supervisor;
    SensorService &sensors;
    StreamService &stream;
    MqttService &mqtt;
    PreviewBridge *preview; // null when there is nothing to preview
    MotionService *motion;  // null when there is no motion detection
    // The guardian's events: the detection switch and the event toast.
    EventService &events;
    // The clips the gallery lists and plays.
    RecordingService &recording;
    // What was wrong in the settings file: refused values run on their
    // defaults, and the screen opens the settings panel on them.
    QList<Settings::Problem> settingsProblems;
};

// The screen while it is shown; destroying it closes the window.
class KioskUi
{
public:
    virtual ~KioskUi() = default;
};

class KioskUiModule
{
public:
    virtual ~KioskUiModule() = default;
    // Shows the screen (full screen unless windowed); null, after logging
    // why, when its QML could not be loaded.
    virtual std::unique_ptr<KioskUi> show(const KioskServices &services, bool windowed) = 0;
};

#define KioskUiModule_iid "org.picam-kiosk.KioskUiModule/4"
Q_DECLARE_INTERFACE(KioskUiModule, KioskUiModule_iid)
