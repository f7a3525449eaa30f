// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "sensors/registerbus.h"
#include "sensors/vector3.h"

#include <QList>
#include <QMap>
#include <QPair>

#include <array>
#include <memory>
#include <random>

// A Sense HAT chip that is not there, at the register level, built from the
// datasheet facts in reference/sense-hat.md: 128 registers, WHO_AM_I, the
// auto-increment bit 7 (without it a multi-byte read repeats one register,
// as the ST parts do), and faults a real bus shows. Tests reach the drivers
// only through the RegisterDevice seam the real i2c-dev device implements.
class SimulatedRegisterMap
{
public:
    enum class Fault {
        None,
        Fail,      // every transfer fails (chip gone, bus stuck)
        ShortRead, // reads return fewer bytes than asked
        Junk,      // reads return random bytes
    };

    SimulatedRegisterMap(quint8 address, quint8 whoAmI);

    quint8 address() const { return m_address; }
    std::array<quint8, 128> regs{};
    QList<QPair<quint8, quint8>> writes; // (register, value) in order
    QList<quint8> readAddresses;         // address bytes as sent, bit 7 included

    Fault fault = Fault::None;
    // Transfers that still succeed before `fault` starts.
    int faultAfter = 0;
    bool busy = false; // a kernel driver holds the address (EBUSY on open)

    void set16(quint8 reg, qint16 value);
    // Called after every write, e.g. to recompute raw values for a new scale.
    std::function<void()> onWrite;

    int transferRead(quint8 address, quint8 *data, int count, QString *error);
    bool transferWrite(quint8 reg, quint8 value, QString *error);

private:
    bool faulty();

    quint8 m_address;
    int m_transfers = 0;
    std::mt19937 m_junk{12345};
};

// The device the bus hands out, sharing the map with the test.
class SimulatedDevice : public RegisterDevice
{
public:
    explicit SimulatedDevice(std::shared_ptr<SimulatedRegisterMap> map);
    QString description() const override;

protected:
    int transferRead(quint8 address, quint8 *data, int count, QString *error) override;
    bool transferWrite(quint8 reg, quint8 value, QString *error) override;

private:
    std::shared_ptr<SimulatedRegisterMap> m_map;
};

class SimulatedBus : public RegisterBus
{
public:
    void add(std::shared_ptr<SimulatedRegisterMap> map) { m_maps[map->address()] = map; }
    void remove(quint8 address) { m_maps.remove(address); }
    Opened open(quint8 address) override;
    QString name() const override { return QStringLiteral("/dev/i2c-sim"); }

private:
    QMap<quint8, std::shared_ptr<SimulatedRegisterMap>> m_maps;
};

// Chips set up with the datasheet's identity and plausible factory data.
namespace SenseHatChips {
// HTS221 with the calibration of the hand-worked example:
// H0_rH 32 %, H1_rH 72 %, T0 20.0 degC, T1 35.5 degC (MSB in 0x35),
// H0_T0_OUT -3000, H1_T0_OUT 5000, T0_OUT 500, T1_OUT 3000; both data ready.
std::shared_ptr<SimulatedRegisterMap> hts221();
void setHts221Output(SimulatedRegisterMap &map, qint16 hOut, qint16 tOut);

std::shared_ptr<SimulatedRegisterMap> lps25h();
void setLps25hOutput(SimulatedRegisterMap &map, qint32 pressureRaw, qint16 temperatureRaw);

// The accel/gyro part: raw outputs follow the physical values given in chip
// axes and the full scale currently written to CTRL_REG6_XL / CTRL_REG1_G.
struct ImuPhysics
{
    Vector3 accel{0, 0, 1};  // g, chip axes
    Vector3 gyro;            // dps, chip axes
    Vector3 mag{20, 0, -44}; // uT, chip axes
};
std::shared_ptr<SimulatedRegisterMap> lsm9ds1AccelGyro(std::shared_ptr<ImuPhysics> physics);
std::shared_ptr<SimulatedRegisterMap> lsm9ds1Magnetometer(std::shared_ptr<ImuPhysics> physics);
void setRaw3(SimulatedRegisterMap &map, quint8 reg, qint16 x, qint16 y, qint16 z);
} // namespace SenseHatChips
