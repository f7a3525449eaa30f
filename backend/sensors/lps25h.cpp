// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "lps25h.h"

namespace {
// The chip's measuring range with a margin; anything else is junk.
constexpr double MinPressure = 200;
constexpr double MaxPressure = 1300;
constexpr double MinTemperature = -60;
constexpr double MaxTemperature = 150;
} // namespace

Lps25h::Lps25h(RegisterDevice &device)
    : m_device(device)
{}

bool Lps25h::fail(const QString &message)
{
    m_error = QStringLiteral("LPS25H: ") + message;
    return false;
}

bool Lps25h::init()
{
    m_last.reset();
    if (!m_device.checkWhoAmI(WhoAmIRegister, WhoAmIValue, QStringLiteral("an LPS25H")))
        return fail(m_device.lastError());
    // The order RTIMULib uses.
    if (!m_device.writeRegister(CtrlReg1, CtrlReg1Value) ||
        !m_device.writeRegister(ResConf, ResConfValue) ||
        !m_device.writeRegister(FifoCtrl, FifoCtrlValue) ||
        !m_device.writeRegister(CtrlReg2, CtrlReg2Value))
        return fail(m_device.lastError());
    m_error.clear();
    return true;
}

Lps25h::Result Lps25h::read(Measurement *out)
{
    quint8 raw[5];
    switch (m_device.readConversion(Status, PressureOut, raw, sizeof raw)) {
    case RegisterDevice::Conversion::Failed:
        fail(m_device.lastError());
        return Result::Error;
    case RegisterDevice::Conversion::Pending:
        // The previous values are still the latest.
        if (!m_last)
            return Result::NotReady;
        *out = *m_last;
        return Result::Ok;
    case RegisterDevice::Conversion::Done:
        break;
    }
    qint32 p = qint32(raw[0]) | qint32(raw[1]) << 8 | qint32(raw[2]) << 16;
    if (p & 0x800000)
        p -= 0x1000000; // sign-extend the 24-bit value
    const qint16 t = qint16(quint16(raw[3]) | quint16(raw[4]) << 8);
    Measurement m{pressure(p), temperature(t)};
    if (m.pressure < MinPressure || m.pressure > MaxPressure || m.temperature < MinTemperature ||
        m.temperature > MaxTemperature) {
        fail(QStringLiteral("implausible values %1 hPa, %2 degC (raw pressure %3, temperature %4)")
                 .arg(m.pressure, 0, 'f', 2)
                 .arg(m.temperature, 0, 'f', 1)
                 .arg(p)
                 .arg(t));
        return Result::Error;
    }
    m_last = m;
    m_error.clear();
    *out = m;
    return Result::Ok;
}
