// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "registerdevice.h"

// ST LPS25H pressure and temperature sensor (Sense HAT address 0x5C), set up
// as RTIMULib sets it up.
class Lps25h
{
public:
    static constexpr quint8 Address = 0x5C;
    static constexpr quint8 WhoAmIRegister = 0x0F;
    static constexpr quint8 WhoAmIValue = 0xBD;
    static constexpr quint8 ResConf = 0x10;
    static constexpr quint8 ResConfValue = 0x05;
    static constexpr quint8 CtrlReg1 = 0x20;
    static constexpr quint8 CtrlReg1Value = 0xC4; // power on, 25 Hz, block data update
    static constexpr quint8 CtrlReg2 = 0x21;
    static constexpr quint8 CtrlReg2Value = 0x40;
    static constexpr quint8 Status = 0x27;
    static constexpr quint8 PressureOut = 0x28; // XL, L, H, then TEMP_OUT_L/H at 0x2B/0x2C
    static constexpr quint8 FifoCtrl = 0x2E;
    static constexpr quint8 FifoCtrlValue = 0xC0;

    // 24-bit two's complement pressure; hPa = raw / 4096.
    static double pressure(qint32 raw) { return raw / 4096.0; }
    // degC = 42.5 + raw / 480.
    static double temperature(qint16 raw) { return 42.5 + raw / 480.0; }

    struct Measurement
    {
        double pressure = 0;    // hPa
        double temperature = 0; // degC
    };
    enum class Result { Ok, NotReady, Error };

    explicit Lps25h(RegisterDevice &device);

    bool init();
    Result read(Measurement *out);
    QString lastError() const { return m_error; }

private:
    bool fail(const QString &message);

    RegisterDevice &m_device;
    std::optional<Measurement> m_last;
    QString m_error;
};
