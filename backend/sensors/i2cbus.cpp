// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "i2cbus.h"

#include "i2cdevice.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/i2c-dev.h>
#include <sys/ioctl.h>
#include <unistd.h>

I2cBus::I2cBus(const QString &path)
    : m_path(path)
{}

RegisterBus::Opened I2cBus::open(quint8 address)
{
    Opened result;
    const QString where =
        QStringLiteral("%1 0x%2").arg(m_path).arg(address, 2, 16, QLatin1Char('0'));
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        result.error = QStringLiteral("cannot open %1: %2")
                           .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    if (::ioctl(fd, I2C_SLAVE, long(address)) < 0) {
        const int e = errno;
        ::close(fd);
        result.busy = e == EBUSY;
        result.error = result.busy
                           ? QStringLiteral("%1 is held by a kernel driver (EBUSY)").arg(where)
                           : QStringLiteral("cannot select %1: %2")
                                 .arg(where, QString::fromLocal8Bit(std::strerror(e)));
        return result;
    }
    result.device = std::make_unique<I2cDevice>(fd, m_path, address);
    return result;
}
