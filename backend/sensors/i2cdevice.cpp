// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "i2cdevice.h"

#include <cerrno>
#include <cstring>
#include <linux/i2c-dev.h>
#include <linux/i2c.h>
#include <sys/ioctl.h>
#include <unistd.h>

I2cDevice::I2cDevice(int fd, const QString &busPath, quint8 address)
    : m_fd(fd)
    , m_busPath(busPath)
    , m_address(address)
{}

I2cDevice::~I2cDevice()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString I2cDevice::description() const
{
    return QStringLiteral("%1 0x%2").arg(m_busPath).arg(m_address, 2, 16, QLatin1Char('0'));
}

int I2cDevice::transferRead(quint8 address, quint8 *data, int count, QString *error)
{
    // Address write and data read in one combined transaction (repeated
    // start), so no other master can slip in between.
    quint8 reg = address;
    i2c_msg messages[2] = {};
    messages[0].addr = m_address;
    messages[0].flags = 0;
    messages[0].len = 1;
    messages[0].buf = &reg;
    messages[1].addr = m_address;
    messages[1].flags = I2C_M_RD;
    messages[1].len = quint16(count);
    messages[1].buf = data;
    i2c_rdwr_ioctl_data transfer = {messages, 2};
    if (::ioctl(m_fd, I2C_RDWR, &transfer) < 0) {
        const int e = errno;
        // Adapters without combined transfers: plain write then read.
        if (e != EOPNOTSUPP && e != ENOTTY && e != EINVAL) {
            *error = QString::fromLocal8Bit(std::strerror(e));
            return -1;
        }
        if (::write(m_fd, &reg, 1) != 1) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return -1;
        }
        const ssize_t got = ::read(m_fd, data, size_t(count));
        if (got < 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return -1;
        }
        return int(got);
    }
    return count;
}

bool I2cDevice::transferWrite(quint8 reg, quint8 value, QString *error)
{
    const quint8 bytes[2] = {reg, value};
    const ssize_t written = ::write(m_fd, bytes, 2);
    if (written == 2)
        return true;
    *error =
        written < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : QStringLiteral("short write");
    return false;
}
