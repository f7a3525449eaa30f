// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "lsm9ds1.h"

Lsm9ds1::Lsm9ds1(RegisterDevice &accelGyro, RegisterDevice &magnetometer)
    : Lsm9ds1(accelGyro, magnetometer, Config())
{}

Lsm9ds1::Lsm9ds1(RegisterDevice &accelGyro, RegisterDevice &magnetometer, Config config)
    : m_accelGyro(accelGyro)
    , m_magnetometer(magnetometer)
    , m_config(config)
{}

double Lsm9ds1::accelSensitivity(AccelScale s)
{
    switch (s) {
    case AccelScale::G2:
        return 0.061e-3;
    case AccelScale::G4:
        return 0.122e-3;
    case AccelScale::G8:
        return 0.244e-3;
    case AccelScale::G16:
        return 0.732e-3;
    }
    return 0;
}

double Lsm9ds1::gyroSensitivity(GyroScale s)
{
    switch (s) {
    case GyroScale::Dps245:
        return 8.75e-3;
    case GyroScale::Dps500:
        return 17.5e-3;
    case GyroScale::Dps2000:
        return 70e-3;
    }
    return 0;
}

double Lsm9ds1::magSensitivity(MagScale s)
{
    switch (s) {
    case MagScale::Gauss4:
        return 0.014;
    case MagScale::Gauss8:
        return 0.029;
    case MagScale::Gauss12:
        return 0.043;
    case MagScale::Gauss16:
        return 0.058;
    }
    return 0;
}

quint8 Lsm9ds1::ctrlReg1G(GyroScale s)
{
    // ODR 119 Hz, full scale, bandwidth bits 01 as RTIMULib: 500 dps -> 0x69.
    return quint8(Odr119Hz << 5 | quint8(s) << 3 | 0x01);
}

quint8 Lsm9ds1::ctrlReg6Xl(AccelScale s)
{
    // ODR 119 Hz, full scale, bandwidth bits 011 as RTIMULib: 8 g -> 0x7B.
    return quint8(Odr119Hz << 5 | quint8(s) << 3 | 0x03);
}

quint8 Lsm9ds1::ctrlReg2M(MagScale s)
{
    return quint8(quint8(s) << 5);
}

Vector3 Lsm9ds1::accelFromRaw(const qint16 raw[3], AccelScale s)
{
    const double k = accelSensitivity(s);
    return {-raw[0] * k, -raw[1] * k, raw[2] * k};
}

Vector3 Lsm9ds1::gyroFromRaw(const qint16 raw[3], GyroScale s)
{
    const double k = gyroSensitivity(s);
    return {raw[0] * k, raw[1] * k, -raw[2] * k};
}

Vector3 Lsm9ds1::magFromRaw(const qint16 raw[3], MagScale s)
{
    const double k = magSensitivity(s);
    return {-raw[0] * k, raw[1] * k, -raw[2] * k};
}

bool Lsm9ds1::fail(const QString &message)
{
    m_error = QStringLiteral("LSM9DS1: ") + message;
    return false;
}

bool Lsm9ds1::init()
{
    if (!m_accelGyro.checkWhoAmI(WhoAmIRegister, AccelGyroId,
                                 QStringLiteral("an LSM9DS1 accelerometer/gyroscope")))
        return fail(m_accelGyro.lastError());
    if (!m_magnetometer.checkWhoAmI(WhoAmIRegister, MagnetometerId,
                                    QStringLiteral("an LSM9DS1 magnetometer")))
        return fail(m_magnetometer.lastError());
    if (!m_accelGyro.writeRegister(CtrlReg1G, ctrlReg1G(m_config.gyro)) ||
        !m_accelGyro.writeRegister(CtrlReg6Xl, ctrlReg6Xl(m_config.accel)))
        return fail(m_accelGyro.lastError());
    if (!m_magnetometer.writeRegister(CtrlReg1M, CtrlReg1MValue) ||
        !m_magnetometer.writeRegister(CtrlReg2M, ctrlReg2M(m_config.mag)) ||
        !m_magnetometer.writeRegister(CtrlReg3M, CtrlReg3MValue))
        return fail(m_magnetometer.lastError());
    m_error.clear();
    return true;
}

bool Lsm9ds1::readVector(RegisterDevice &device, quint8 reg, qint16 out[3])
{
    quint8 raw[6];
    if (!device.read(reg, raw, 6))
        return fail(device.lastError());
    for (int i = 0; i < 3; ++i)
        out[i] = qint16(quint16(raw[2 * i]) | quint16(raw[2 * i + 1]) << 8);
    return true;
}

bool Lsm9ds1::read(Motion *out)
{
    qint16 gyro[3], accel[3], mag[3];
    if (!readVector(m_accelGyro, GyroOut, gyro) || !readVector(m_accelGyro, AccelOut, accel) ||
        !readVector(m_magnetometer, MagOut, mag))
        return false;
    out->accel = accelFromRaw(accel, m_config.accel);
    out->gyro = gyroFromRaw(gyro, m_config.gyro);
    out->mag = magFromRaw(mag, m_config.mag);
    m_error.clear();
    return true;
}
