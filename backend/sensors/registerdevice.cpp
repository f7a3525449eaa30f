// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "registerdevice.h"

namespace {
QString hex(quint8 v)
{
    return QStringLiteral("0x%1").arg(v, 2, 16, QLatin1Char('0'));
}
} // namespace

bool RegisterDevice::read(quint8 first, quint8 *data, int count)
{
    if (count <= 0 || count > MaxTransfer || first >= AutoIncrement) {
        m_lastError = QStringLiteral("%1: invalid read of %2 bytes at register %3")
                          .arg(description())
                          .arg(count)
                          .arg(hex(first));
        return false;
    }
    const quint8 address = count > 1 ? quint8(first | AutoIncrement) : first;
    QString error;
    const int got = transferRead(address, data, count, &error);
    if (got < 0) {
        m_lastError = QStringLiteral("%1: reading register %2 failed: %3")
                          .arg(description(), hex(first), error);
        return false;
    }
    if (got < count) {
        m_lastError = QStringLiteral("%1: short read at register %2: %3 of %4 bytes")
                          .arg(description(), hex(first))
                          .arg(got)
                          .arg(count);
        return false;
    }
    m_lastError.clear();
    return true;
}

std::optional<quint8> RegisterDevice::readRegister(quint8 reg)
{
    quint8 value = 0;
    if (!read(reg, &value, 1))
        return std::nullopt;
    return value;
}

RegisterDevice::Conversion RegisterDevice::readConversion(quint8 status, quint8 first, quint8 *data,
                                                          int count)
{
    const auto bits = readRegister(status);
    if (!bits)
        return Conversion::Failed;
    if ((*bits & 0x03) != 0x03)
        return Conversion::Pending;
    return read(first, data, count) ? Conversion::Done : Conversion::Failed;
}

bool RegisterDevice::checkWhoAmI(quint8 reg, quint8 expected, const QString &chip)
{
    const auto id = readRegister(reg);
    if (!id)
        return false;
    if (*id != expected) {
        m_lastError = QStringLiteral("%1 answers WHO_AM_I %2, expected %3: not %4")
                          .arg(description(), hex(*id), hex(expected), chip);
        return false;
    }
    return true;
}

bool RegisterDevice::writeRegister(quint8 reg, quint8 value)
{
    QString error;
    if (reg >= AutoIncrement || !transferWrite(reg, value, &error)) {
        m_lastError = QStringLiteral("%1: writing %2 to register %3 failed: %4")
                          .arg(description(), hex(value), hex(reg),
                               error.isEmpty() ? QStringLiteral("invalid register") : error);
        return false;
    }
    m_lastError.clear();
    return true;
}
