// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "simulatedregistermap.h"

#include "sensors/hts221.h"
#include "sensors/lps25h.h"
#include "sensors/lsm9ds1.h"

#include <cmath>

SimulatedRegisterMap::SimulatedRegisterMap(quint8 address, quint8 whoAmI)
    : m_address(address)
{
    regs[0x0F] = whoAmI;
}

void SimulatedRegisterMap::set16(quint8 reg, qint16 value)
{
    regs[reg] = quint8(quint16(value) & 0xFF);
    regs[reg + 1] = quint8(quint16(value) >> 8);
}

bool SimulatedRegisterMap::faulty()
{
    return fault != Fault::None && m_transfers++ >= faultAfter;
}

int SimulatedRegisterMap::transferRead(quint8 address, quint8 *data, int count, QString *error)
{
    readAddresses << address;
    const bool fails = faulty();
    if (fails && fault == Fault::Fail) {
        *error = QStringLiteral("Remote I/O error");
        return -1;
    }
    if (fails && fault == Fault::Junk) {
        for (int i = 0; i < count; ++i)
            data[i] = quint8(m_junk());
        return count;
    }
    const bool increment = address & 0x80;
    const int first = address & 0x7F;
    const int n = fails && fault == Fault::ShortRead ? count / 2 : count;
    for (int i = 0; i < n; ++i)
        data[i] = regs[size_t((first + (increment ? i : 0)) & 0x7F)];
    return n;
}

bool SimulatedRegisterMap::transferWrite(quint8 reg, quint8 value, QString *error)
{
    if (faulty() && fault == Fault::Fail) {
        *error = QStringLiteral("Remote I/O error");
        return false;
    }
    writes << qMakePair(reg, value);
    regs[reg & 0x7F] = value;
    if (onWrite)
        onWrite();
    return true;
}

SimulatedDevice::SimulatedDevice(std::shared_ptr<SimulatedRegisterMap> map)
    : m_map(std::move(map))
{}

QString SimulatedDevice::description() const
{
    return QStringLiteral("/dev/i2c-sim 0x%1").arg(m_map->address(), 2, 16, QLatin1Char('0'));
}

int SimulatedDevice::transferRead(quint8 address, quint8 *data, int count, QString *error)
{
    return m_map->transferRead(address, data, count, error);
}

bool SimulatedDevice::transferWrite(quint8 reg, quint8 value, QString *error)
{
    return m_map->transferWrite(reg, value, error);
}

RegisterBus::Opened SimulatedBus::open(quint8 address)
{
    Opened o;
    const auto map = m_maps.value(address);
    if (!map) {
        // What i2c-dev does for an address nobody answers: the open works,
        // the first transfer fails.
        auto nobody = std::make_shared<SimulatedRegisterMap>(address, 0);
        nobody->fault = SimulatedRegisterMap::Fault::Fail;
        o.device = std::make_unique<SimulatedDevice>(nobody);
        return o;
    }
    if (map->busy) {
        o.busy = true;
        o.error = QStringLiteral("/dev/i2c-sim 0x%1 is held by a kernel driver (EBUSY)")
                      .arg(address, 2, 16, QLatin1Char('0'));
        return o;
    }
    o.device = std::make_unique<SimulatedDevice>(map);
    return o;
}

namespace SenseHatChips {

std::shared_ptr<SimulatedRegisterMap> hts221()
{
    auto m = std::make_shared<SimulatedRegisterMap>(Hts221::Address, Hts221::WhoAmIValue);
    auto &r = m->regs;
    r[0x30] = 64;          // H0_rH_x2 -> 32 %
    r[0x31] = 144;         // H1_rH_x2 -> 72 %
    r[0x32] = 160;         // T0_degC_x8 low 8 bits -> 160 / 8 = 20.0
    r[0x33] = 0x1C;        // T1_degC_x8 low 8 bits
    r[0x35] = 0x04;        // T1 MSBs (bits 3:2) = 01 -> T1 = (256 + 28) / 8 = 35.5
    m->set16(0x36, -3000); // H0_T0_OUT
    m->set16(0x3A, 5000);  // H1_T0_OUT
    m->set16(0x3C, 500);   // T0_OUT
    m->set16(0x3E, 3000);  // T1_OUT
    r[0x27] = 0x03;        // STATUS: humidity and temperature ready
    setHts221Output(*m, 1000, 1500);
    return m;
}

void setHts221Output(SimulatedRegisterMap &map, qint16 hOut, qint16 tOut)
{
    map.set16(0x28, hOut);
    map.set16(0x2A, tOut);
}

std::shared_ptr<SimulatedRegisterMap> lps25h()
{
    auto m = std::make_shared<SimulatedRegisterMap>(Lps25h::Address, Lps25h::WhoAmIValue);
    m->regs[0x27] = 0x03;
    setLps25hOutput(*m, 4150272, -8880); // 1013.25 hPa, 24.0 degC
    return m;
}

void setLps25hOutput(SimulatedRegisterMap &map, qint32 pressureRaw, qint16 temperatureRaw)
{
    const quint32 p = quint32(pressureRaw) & 0xFFFFFF;
    map.regs[0x28] = quint8(p);
    map.regs[0x29] = quint8(p >> 8);
    map.regs[0x2A] = quint8(p >> 16);
    map.set16(0x2B, temperatureRaw);
}

void setRaw3(SimulatedRegisterMap &map, quint8 reg, qint16 x, qint16 y, qint16 z)
{
    map.set16(reg, x);
    map.set16(reg + 2, y);
    map.set16(reg + 4, z);
}

namespace {
qint16 toRaw(double value, double perLsb)
{
    return qint16(std::clamp(std::lround(value / perLsb), -32768L, 32767L));
}
} // namespace

std::shared_ptr<SimulatedRegisterMap> lsm9ds1AccelGyro(std::shared_ptr<ImuPhysics> physics)
{
    auto m =
        std::make_shared<SimulatedRegisterMap>(Lsm9ds1::AccelGyroAddress, Lsm9ds1::AccelGyroId);
    SimulatedRegisterMap *raw = m.get();
    m->onWrite = [raw, physics] {
        const auto accelScale = Lsm9ds1::AccelScale((raw->regs[Lsm9ds1::CtrlReg6Xl] >> 3) & 3);
        const auto gyroBits = (raw->regs[Lsm9ds1::CtrlReg1G] >> 3) & 3;
        const double a = Lsm9ds1::accelSensitivity(accelScale);
        const double g = gyroBits == 2 ? 0 : Lsm9ds1::gyroSensitivity(Lsm9ds1::GyroScale(gyroBits));
        setRaw3(*raw, Lsm9ds1::AccelOut, toRaw(physics->accel.x, a), toRaw(physics->accel.y, a),
                toRaw(physics->accel.z, a));
        if (g > 0)
            setRaw3(*raw, Lsm9ds1::GyroOut, toRaw(physics->gyro.x, g), toRaw(physics->gyro.y, g),
                    toRaw(physics->gyro.z, g));
    };
    m->regs[Lsm9ds1::CtrlReg6Xl] = 0; // power-on default: 2 g, 245 dps
    m->regs[Lsm9ds1::CtrlReg1G] = 0;
    m->onWrite();
    return m;
}

std::shared_ptr<SimulatedRegisterMap> lsm9ds1Magnetometer(std::shared_ptr<ImuPhysics> physics)
{
    auto m = std::make_shared<SimulatedRegisterMap>(Lsm9ds1::MagnetometerAddress,
                                                    Lsm9ds1::MagnetometerId);
    SimulatedRegisterMap *raw = m.get();
    m->onWrite = [raw, physics] {
        const double k =
            Lsm9ds1::magSensitivity(Lsm9ds1::MagScale((raw->regs[Lsm9ds1::CtrlReg2M] >> 5) & 3));
        setRaw3(*raw, Lsm9ds1::MagOut, toRaw(physics->mag.x, k), toRaw(physics->mag.y, k),
                toRaw(physics->mag.z, k));
    };
    m->onWrite();
    return m;
}

} // namespace SenseHatChips
