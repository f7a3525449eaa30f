// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "kioskuimodule.h"

#include <QObject>

// The kiosk screen module's entry point: builds the screen's facades, wires
// them to the services and loads the PiCam QML module.
class KioskUiPlugin : public QObject, public KioskUiModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KioskUiModule_iid)
    Q_INTERFACES(KioskUiModule)

public:
    std::unique_ptr<KioskUi> show(const KioskServices &services, bool windowed) override;
};
