// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "registerdevice.h"

// One address on a Linux i2c-dev bus (/dev/i2c-N). Opened by I2cBus.
class I2cDevice : public RegisterDevice
{
public:
    // Takes ownership of fd, already bound to the address with I2C_SLAVE.
    I2cDevice(int fd, const QString &busPath, quint8 address);
    ~I2cDevice() override;
    I2cDevice(const I2cDevice &) = delete;
    I2cDevice &operator=(const I2cDevice &) = delete;

    QString description() const override;

protected:
    int transferRead(quint8 address, quint8 *data, int count, QString *error) override;
    bool transferWrite(quint8 reg, quint8 value, QString *error) override;

private:
    int m_fd;
    QString m_busPath;
    quint8 m_address;
};
