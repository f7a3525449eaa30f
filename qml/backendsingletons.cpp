// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "backendsingletons.h"

namespace BackendSingletons {

void setSupervisor(Supervisor *supervisor)
{
    Instance<Supervisor>::object = supervisor;
}

void setSettings(Settings *settings)
{
    Instance<Settings>::object = settings;
}

void setFacades(UiFacades *facades)
{
    set(&facades->sensorPanel);
    set(&facades->statusSummary);
    set(&facades->preview);
    set(&facades->settingsEditor);
    set(&facades->maskEditor);
    set(&facades->connectionTest);
    set(&facades->pinLock);
    set(&facades->kioskScreen);
    set(&facades->motionIndicator);
    set(&facades->eventNotice);
    set(&facades->gallery);
    set(&facades->deviceInfo);
    set(&facades->displayPower);
    set(&facades->userActivity);
}

} // namespace BackendSingletons
