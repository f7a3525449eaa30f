// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "registerdevice.h"
#include "vector3.h"

// ST LSM9DS1 inertial module: accelerometer and gyroscope at 0x6A,
// magnetometer at 0x1C. Values come out in the Sense HAT's frame as RTIMULib
// reports it: gyro z, accel x and y, magnetometer x and z negated.
class Lsm9ds1
{
public:
    static constexpr quint8 AccelGyroAddress = 0x6A;
    static constexpr quint8 MagnetometerAddress = 0x1C;
    static constexpr quint8 WhoAmIRegister = 0x0F;
    static constexpr quint8 AccelGyroId = 0x68;
    static constexpr quint8 MagnetometerId = 0x3D;
    static constexpr quint8 CtrlReg1G = 0x10;
    static constexpr quint8 GyroOut = 0x18;
    static constexpr quint8 CtrlReg6Xl = 0x20;
    static constexpr quint8 AccelOut = 0x28;
    static constexpr quint8 CtrlReg1M = 0x20;
    static constexpr quint8 CtrlReg1MValue = 0x14; // 20 Hz
    static constexpr quint8 CtrlReg2M = 0x21;      // full scale in bits 6:5
    static constexpr quint8 CtrlReg3M = 0x22;
    static constexpr quint8 CtrlReg3MValue = 0x00; // continuous conversion
    static constexpr quint8 MagOut = 0x28;
    static constexpr quint8 Odr119Hz = 3; // bits 7:5 of CTRL_REG1_G / CTRL_REG6_XL

    // Values are the full-scale bits 4:3 (accel, gyro) or 6:5 (magnetometer).
    enum class AccelScale : quint8 { G2 = 0, G16 = 1, G4 = 2, G8 = 3 };
    enum class GyroScale : quint8 { Dps245 = 0, Dps500 = 1, Dps2000 = 3 };
    enum class MagScale : quint8 { Gauss4 = 0, Gauss8 = 1, Gauss12 = 2, Gauss16 = 3 };

    struct Config
    {
        // RTIMULib's defaults: 8 g, 500 dps, 4 gauss.
        AccelScale accel = AccelScale::G8;
        GyroScale gyro = GyroScale::Dps500;
        MagScale mag = MagScale::Gauss4;
    };

    static double accelSensitivity(AccelScale s); // g per LSB
    static double gyroSensitivity(GyroScale s);   // degrees/s per LSB
    static double magSensitivity(MagScale s);     // microtesla per LSB
    static quint8 ctrlReg1G(GyroScale s);
    static quint8 ctrlReg6Xl(AccelScale s);
    static quint8 ctrlReg2M(MagScale s);

    // Raw chip axes to the Sense HAT frame, scaled.
    static Vector3 accelFromRaw(const qint16 raw[3], AccelScale s);
    static Vector3 gyroFromRaw(const qint16 raw[3], GyroScale s);
    static Vector3 magFromRaw(const qint16 raw[3], MagScale s);

    struct Motion
    {
        Vector3 accel; // g
        Vector3 gyro;  // degrees per second
        Vector3 mag;   // microtesla
    };

    Lsm9ds1(RegisterDevice &accelGyro, RegisterDevice &magnetometer);
    Lsm9ds1(RegisterDevice &accelGyro, RegisterDevice &magnetometer, Config config);

    bool init();
    bool read(Motion *out);
    QString lastError() const { return m_error; }

private:
    bool fail(const QString &message);
    bool readVector(RegisterDevice &device, quint8 reg, qint16 out[3]);

    RegisterDevice &m_accelGyro;
    RegisterDevice &m_magnetometer;
    Config m_config;
    QString m_error;
};
