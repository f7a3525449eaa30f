// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "registerdevice.h"

#include <memory>

// Opens the chips on one bus by address. The Sense HAT source asks it for
// each chip; the Linux implementation is I2cBus, the tests use a bus of
// simulated register maps.
class RegisterBus
{
public:
    struct Opened
    {
        std::unique_ptr<RegisterDevice> device; // null when the open failed
        // A kernel driver holds the address (EBUSY): the chip is there, but
        // must be read through its IIO device instead.
        bool busy = false;
        QString error;
    };

    virtual ~RegisterBus() = default;
    virtual Opened open(quint8 address) = 0;
    // For messages, e.g. "/dev/i2c-1".
    virtual QString name() const = 0;
};
