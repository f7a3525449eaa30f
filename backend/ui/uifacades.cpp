// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "uifacades.h"

#include "config/settings.h"
#include "system/supervisor.h"

UiFacades::UiFacades(Settings &settings, Supervisor &supervisor, const QString &backlightRoot)
    : sensorPanel(&settings)
    , statusSummary(&settings)
    , preview(&settings)
    , settingsEditor(&settings)
    , maskEditor(&settingsEditor)
    , connectionTest(&settingsEditor)
    , pinLock(&settings)
    , kioskScreen(&settings)
    , motionIndicator(&settings)
    , gallery(&settings)
    , deviceInfo(&settings)
    , displayPower(&settings, backlightRoot)
{
    // Services added to the supervisor before this point are watched.
    statusSummary.setStreamService(supervisor.service(QStringLiteral("stream")));
    statusSummary.setMqttService(supervisor.service(QStringLiteral("mqtt")));
    statusSummary.setSensorService(supervisor.service(QStringLiteral("sensors")));
    statusSummary.setErrorSources(supervisor.services());
    deviceInfo.setMqttService(supervisor.service(QStringLiteral("mqtt")));
    QObject::connect(&settingsEditor, &SettingsEditor::restartRequested, &supervisor,
                     &Supervisor::restart);
    QObject::connect(&settingsEditor, &SettingsEditor::languagePreviewRequested, &kioskScreen,
                     &KioskScreen::setLanguage);
    // Texts made in C++ are re-read by QML when the language changes.
    QObject::connect(&kioskScreen, &KioskScreen::languageChanged, &statusSummary,
                     &StatusSummary::retranslate);
    // The language brings its number format (KioskScreen sets the default
    // locale): the gauges' numbers are made again.
    QObject::connect(&kioskScreen, &KioskScreen::languageChanged, &sensorPanel,
                     &SensorPanel::retranslate);
    QObject::connect(&kioskScreen, &KioskScreen::languageChanged, &settingsEditor,
                     &SettingsEditor::retranslate);
    QObject::connect(&kioskScreen, &KioskScreen::languageChanged, &connectionTest,
                     &ConnectionTest::retranslate);
    QObject::connect(&kioskScreen, &KioskScreen::languageChanged, &deviceInfo,
                     &DeviceInfo::retranslate);
    QObject::connect(&kioskScreen, &KioskScreen::languageChanged, &displayPower,
                     &DisplayPower::retranslate);
    QObject::connect(&kioskScreen, &KioskScreen::languageChanged, &eventNotice,
                     &EventNotice::retranslate);
    QObject::connect(&kioskScreen, &KioskScreen::languageChanged, &gallery, &Gallery::retranslate);
    QObject::connect(&preview, &Preview::snapshotSaved, &gallery, &Gallery::cardChanged);
    // A new PIN is saved with the panel's Apply, like every other setting.
    QObject::connect(&pinLock, &PinLock::newPinChosen, &settingsEditor, &SettingsEditor::stagePin);
    // Any input wakes the display and keeps the settings unlocked; the touch
    // that wakes a dark screen goes no further.
    QObject::connect(&userActivity, &UserActivity::active, &displayPower,
                     &DisplayPower::noteActivity);
    QObject::connect(&userActivity, &UserActivity::active, &pinLock, &PinLock::noteActivity);
    userActivity.setSwallowWhile([this] { return displayPower.blanked(); });
}
