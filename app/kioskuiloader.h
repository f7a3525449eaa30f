// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

class KioskUiModule;

// Loads the kiosk screen module from the program's private library directory
// (PREFIX/lib/picam-kiosk). Null, after logging what is missing and where it
// was looked for, when it cannot be loaded.
KioskUiModule *loadKioskUiModule();
