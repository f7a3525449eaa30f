// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "config/settings.h"
#include "system/service.h"
#include "system/supervisor.h"
#include "ui/connectiontest.h"
#include "ui/deviceinfo.h"
#include "ui/displaypower.h"
#include "ui/eventnotice.h"
#include "ui/gallery.h"
#include "ui/kioskscreen.h"
#include "ui/maskeditor.h"
#include "ui/motionindicator.h"
#include "ui/pinlock.h"
#include "ui/preview.h"
#include "ui/sensorpanel.h"
#include "ui/sensorvalue.h"
#include "ui/settingseditor.h"
#include "ui/statussummary.h"
#include "ui/uifacades.h"
#include "ui/useractivity.h"

#include <QJSEngine>
#include <QQmlEngine>

// Objects built by the composition root reach QML as singletons of the PiCam
// module, without context properties: each foreign declaration below names a
// backend type, and create() returns the instance main() set.
namespace BackendSingletons {

void setSupervisor(Supervisor *supervisor);
void setSettings(Settings *settings);

// The kiosk screen's facades (backend/ui); main() and the QML tests set them.
void setFacades(UiFacades *facades);
template<typename T> void set(T *object);

template<typename T> struct Instance
{
    static inline T *object = nullptr;
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(object, "BackendSingletons", "main() did not set this singleton");
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
        return object;
    }
};

template<typename T> void set(T *object)
{
    Instance<T>::object = object;
}

} // namespace BackendSingletons

struct SupervisorForeign : BackendSingletons::Instance<Supervisor>
{
    Q_GADGET
    QML_FOREIGN(Supervisor)
    QML_NAMED_ELEMENT(Supervisor)
    QML_SINGLETON
};

struct ServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Service)
    QML_NAMED_ELEMENT(Service)
    QML_UNCREATABLE("Services are created by the backend")
};

struct SensorPanelForeign : BackendSingletons::Instance<SensorPanel>
{
    Q_GADGET
    QML_FOREIGN(SensorPanel)
    QML_NAMED_ELEMENT(SensorPanel)
    QML_SINGLETON
};

struct StatusSummaryForeign : BackendSingletons::Instance<StatusSummary>
{
    Q_GADGET
    QML_FOREIGN(StatusSummary)
    QML_NAMED_ELEMENT(StatusSummary)
    QML_SINGLETON
};

struct PreviewForeign : BackendSingletons::Instance<Preview>
{
    Q_GADGET
    QML_FOREIGN(Preview)
    QML_NAMED_ELEMENT(Preview)
    QML_SINGLETON
};

struct SettingsEditorForeign : BackendSingletons::Instance<SettingsEditor>
{
    Q_GADGET
    QML_FOREIGN(SettingsEditor)
    QML_NAMED_ELEMENT(SettingsEditor)
    QML_SINGLETON
};

struct MaskEditorForeign : BackendSingletons::Instance<MaskEditor>
{
    Q_GADGET
    QML_FOREIGN(MaskEditor)
    QML_NAMED_ELEMENT(MaskEditor)
    QML_SINGLETON
};

struct EventNoticeForeign : BackendSingletons::Instance<EventNotice>
{
    Q_GADGET
    QML_FOREIGN(EventNotice)
    QML_NAMED_ELEMENT(EventNotice)
    QML_SINGLETON
};

struct GalleryForeign : BackendSingletons::Instance<Gallery>
{
    Q_GADGET
    QML_FOREIGN(Gallery)
    QML_NAMED_ELEMENT(Gallery)
    QML_SINGLETON
};

struct ConnectionTestForeign : BackendSingletons::Instance<ConnectionTest>
{
    Q_GADGET
    QML_FOREIGN(ConnectionTest)
    QML_NAMED_ELEMENT(ConnectionTest)
    QML_SINGLETON
};

struct PinLockForeign : BackendSingletons::Instance<PinLock>
{
    Q_GADGET
    QML_FOREIGN(PinLock)
    QML_NAMED_ELEMENT(PinLock)
    QML_SINGLETON
};

struct KioskScreenForeign : BackendSingletons::Instance<KioskScreen>
{
    Q_GADGET
    QML_FOREIGN(KioskScreen)
    QML_NAMED_ELEMENT(KioskScreen)
    QML_SINGLETON
};

struct MotionIndicatorForeign : BackendSingletons::Instance<MotionIndicator>
{
    Q_GADGET
    QML_FOREIGN(MotionIndicator)
    QML_NAMED_ELEMENT(MotionIndicator)
    QML_SINGLETON
};

struct DeviceInfoForeign : BackendSingletons::Instance<DeviceInfo>
{
    Q_GADGET
    QML_FOREIGN(DeviceInfo)
    QML_NAMED_ELEMENT(DeviceInfo)
    QML_SINGLETON
};

struct DisplayPowerForeign : BackendSingletons::Instance<DisplayPower>
{
    Q_GADGET
    QML_FOREIGN(DisplayPower)
    QML_NAMED_ELEMENT(DisplayPower)
    QML_SINGLETON
};

struct SensorValueForeign
{
    Q_GADGET
    QML_FOREIGN(SensorValue)
    QML_NAMED_ELEMENT(SensorValue)
    QML_UNCREATABLE("Sensor values come from SensorPanel")
};

struct UserActivityForeign : BackendSingletons::Instance<UserActivity>
{
    Q_GADGET
    QML_FOREIGN(UserActivity)
    QML_NAMED_ELEMENT(UserActivity)
    QML_SINGLETON
};
