// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "kioskuiplugin.h"

#include "backendsingletons.h"
#include "kioskwindow.h"
#include "motion/motionservice.h"
#include "mqtt/mqttservice.h"
#include "sensors/sensorservice.h"
#include "ui/guardianwiring.h"
#include "ui/uifacades.h"
#include "video/previewbridge.h"
#include "video/streamservice.h"

namespace {

// Where the display's backlight is looked for, when not /sys/class/backlight
// (demonstrations and screenshots with a stand-in).
constexpr const char *BacklightRootVariable = "PICAM_BACKLIGHT_ROOT";

// What the kiosk screen shows comes from the services' signals.
void connectFacades(UiFacades &ui, const KioskServices &services)
{
    SensorService &sensors = services.sensors;
    // The gauges at their own pace (about a second), not mqtt/interval's.
    QObject::connect(&sensors, &SensorService::liveReadingReady, &ui.sensorPanel,
                     &SensorPanel::setReading);
    QObject::connect(&sensors, &SensorService::attitudeChanged, &ui.sensorPanel,
                     &SensorPanel::setAttitude);
    ui.sensorPanel.setSourceDescription(sensors.sourceDescription());
    QObject::connect(
        &sensors, &SensorService::sourceDescriptionChanged, &ui.sensorPanel,
        [&ui, &sensors] { ui.sensorPanel.setSourceDescription(sensors.sourceDescription()); });
    QObject::connect(&services.stream, &StreamService::statsChanged, &ui.statusSummary,
                     &StatusSummary::setStreamStats);
    QObject::connect(&services.stream, &StreamService::statsChanged, &ui.deviceInfo,
                     &DeviceInfo::setStreamStats);
    QObject::connect(&services.mqtt, &MqttService::statsChanged, &ui.statusSummary,
                     &StatusSummary::setMqttStats);
    if (MotionService *motion = services.motion) {
        MotionIndicator &indicator = ui.motionIndicator;
        indicator.setAvailable(true);
        QObject::connect(motion, &MotionService::activityChanged, &indicator,
                         &MotionIndicator::setActivity);
        QObject::connect(motion, &MotionService::zonesChanged, &indicator,
                         &MotionIndicator::setZones);
    }
    GuardianWiring::connect(ui.motionIndicator, ui.eventNotice, services.events);
    ui.gallery.setEventService(&services.events);
    ui.gallery.setRecordingService(&services.recording);
    PreviewBridge *bridge = services.preview;
    if (!bridge)
        return;
    ui.preview.setSourceAvailable(true);
    QObject::connect(&ui.preview, &Preview::videoSinkChanged, bridge, &PreviewBridge::setVideoSink);
    QObject::connect(bridge, &PreviewBridge::displayFpsChanged, &ui.preview,
                     [&ui, bridge] { ui.preview.setDisplayFps(bridge->displayFps()); });
    ui.preview.setSnapshotSource([bridge] { return bridge->snapshot(); });
}

class ShownKioskUi : public KioskUi
{
public:
    explicit ShownKioskUi(const KioskServices &services)
        : m_facades(services.settings, services.supervisor,
                    qEnvironmentVariable(BacklightRootVariable, DisplayPower::defaultRoot()))
    {
        m_facades.kioskScreen.setRetranslator([this] { m_window.retranslate(); });
        m_facades.pinLock.setStateFile(PinLock::defaultStateFile());
        m_facades.settingsEditor.setStartupProblems(services.settingsProblems);
        connectFacades(m_facades, services);
        BackendSingletons::setSupervisor(&services.supervisor);
        BackendSingletons::setSettings(&services.settings);
        BackendSingletons::setFacades(&m_facades);
    }

    bool load(bool windowed) { return m_window.load(windowed, &m_facades.userActivity); }

private:
    // Declared first, destroyed last: the window's QML refers to them.
    UiFacades m_facades;
    KioskWindow m_window;
};

} // namespace

std::unique_ptr<KioskUi> KioskUiPlugin::show(const KioskServices &services, bool windowed)
{
    auto ui = std::make_unique<ShownKioskUi>(services);
    if (!ui->load(windowed))
        return nullptr;
    return ui;
}
