// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "registerbus.h"

// A Linux i2c-dev bus such as /dev/i2c-1. Each open() binds a file descriptor
// to one address with ioctl(I2C_SLAVE); EBUSY there means a kernel driver has
// claimed the address, which the caller answers by using IIO sysfs.
class I2cBus : public RegisterBus
{
public:
    explicit I2cBus(const QString &path);

    Opened open(quint8 address) override;
    QString name() const override { return m_path; }

private:
    QString m_path;
};
