// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "chiphealth.h"
#include "cputhermometer.h"
#include "hts221.h"
#include "iiodevice.h"
#include "lps25h.h"
#include "lsm9ds1.h"
#include "registerbus.h"
#include "sensorsource.h"

#include <array>
#include <memory>

// The Sense HAT's three sensor chips. Each chip is read over i2c-dev, or
// through its IIO sysfs device when a kernel driver holds its address. A
// chip that is missing or keeps failing leaves its fields absent while the
// others keep working, and is probed again with back-off.
class SenseHatSource : public SensorSource
{
public:
    enum Chip { Humidity, Pressure, Imu, ChipCount };

    struct Options
    {
        QString iioRoot = IioDevice::defaultRoot();
        QString thermalPath = CpuThermometer::defaultPath();
        // Back-off jitter; replaceable so tests are deterministic.
        Backoff::RandomSource random;
    };

    explicit SenseHatSource(std::unique_ptr<RegisterBus> bus);
    SenseHatSource(std::unique_ptr<RegisterBus> bus, Options options);
    ~SenseHatSource() override;

    // Probes every chip; returns how many answered.
    int probe(double now);

    QString description() const override;
    MotionSample readMotion(double now) override;
    ClimateSample readClimate(double now) override;
    int errorCount() const override;

    const ChipHealth &health(Chip chip) const { return m_health[chip]; }
    // Each failed read is retried once at once before it counts.
    static constexpr int Attempts = 2;

private:
    // A climate chip (HTS221 or LPS25H): read over i2c-dev through its
    // driver, or through its IIO device when a kernel driver holds it.
    template<typename Driver> struct ClimateChip
    {
        std::unique_ptr<RegisterDevice> device;
        std::unique_ptr<Driver> driver;
        std::optional<IioDevice> iio;

        // The driver first: it holds a reference to the device.
        void release()
        {
            driver.reset();
            device.reset();
            iio.reset();
        }
    };

    void probeChip(Chip chip, double now);
    template<typename Driver>
    bool openClimate(ClimateChip<Driver> *chip, const QString &iioName, const QString &iioChannel,
                     QString *path, QString *error);
    bool openImu(QString *path, QString *error);
    void release(Chip chip);
    void readFailed(Chip chip, double now, const QString &error);

    bool readHumidity(ClimateSample *out, QString *error);
    bool readPressure(ClimateSample *out, QString *error);
    bool readImu(MotionSample *out, QString *error);

    std::unique_ptr<RegisterBus> m_bus;
    Options m_options;
    std::array<ChipHealth, ChipCount> m_health;
    CpuThermometer m_cpu;
    bool m_cpuReported = false;

    ClimateChip<Hts221> m_humidity;
    ClimateChip<Lps25h> m_pressure;

    std::unique_ptr<RegisterDevice> m_accelGyroDevice;
    std::unique_ptr<RegisterDevice> m_magnetometerDevice;
    std::unique_ptr<Lsm9ds1> m_lsm9ds1;
    std::optional<IioDevice> m_accelIio;
    std::optional<IioDevice> m_gyroIio;
    std::optional<IioDevice> m_magIio;
};
