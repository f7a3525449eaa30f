// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "registerdevice.h"

#include <QString>

// ST HTS221 humidity and temperature sensor (Sense HAT address 0x5F), driven
// as its datasheet says: WHO_AM_I check, averaging and power-on set-up, the
// factory calibration read once, linear interpolation between its two points.
class Hts221
{
public:
    static constexpr quint8 Address = 0x5F;
    static constexpr quint8 WhoAmIRegister = 0x0F;
    static constexpr quint8 WhoAmIValue = 0xBC;
    static constexpr quint8 AvConf = 0x10;
    static constexpr quint8 AvConfValue = 0x1B; // 32 humidity / 16 temperature samples
    static constexpr quint8 CtrlReg1 = 0x20;
    static constexpr quint8 CtrlReg1Value = 0x87; // power on, block data update, 12.5 Hz
    static constexpr quint8 Status = 0x27;
    static constexpr quint8 HumidityOut = 0x28; // H_OUT 0x28/0x29, T_OUT 0x2A/0x2B
    static constexpr quint8 CalibrationStart = 0x30;
    static constexpr int CalibrationSize = 16; // 0x30..0x3F

    struct Calibration
    {
        double h0rH = 0;   // %rH
        double h1rH = 0;   // %rH
        double t0degC = 0; // degC
        double t1degC = 0; // degC
        qint16 h0t0Out = 0;
        qint16 h1t0Out = 0;
        qint16 t0Out = 0;
        qint16 t1Out = 0;
    };
    // From the registers 0x30..0x3F; nullopt (with *error) when the two
    // points coincide and no line can be drawn through them.
    static std::optional<Calibration> parseCalibration(const quint8 *registers, QString *error);
    static double humidity(const Calibration &c, qint16 hOut);
    static double temperature(const Calibration &c, qint16 tOut);

    struct Measurement
    {
        double humidity = 0;    // %rH, clamped to 0..100
        double rawHumidity = 0; // %rH as the interpolation gave it
        bool humidityClamped = false;
        double temperature = 0; // degC
    };
    enum class Result { Ok, NotReady, Error };

    explicit Hts221(RegisterDevice &device);

    // Checks WHO_AM_I, writes the set-up, reads the calibration.
    bool init();
    // Reads the latest conversion. NotReady before the first one.
    Result read(Measurement *out);

    QString lastError() const { return m_error; }
    const Calibration &calibration() const { return m_calibration; }

private:
    bool fail(const QString &message);

    RegisterDevice &m_device;
    Calibration m_calibration;
    std::optional<Measurement> m_last;
    QString m_error;
};
