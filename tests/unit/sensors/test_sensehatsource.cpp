// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "fakesysfs.h"
#include "sensors/sensehatsource.h"
#include "simulatedregistermap.h"

#include <QTemporaryDir>
#include <QTest>

using Fault = SimulatedRegisterMap::Fault;

namespace {
// A Sense HAT on a simulated bus, with a fake sysfs for IIO and the CPU.
struct Hat
{
    QTemporaryDir sys;
    std::shared_ptr<SenseHatChips::ImuPhysics> physics =
        std::make_shared<SenseHatChips::ImuPhysics>();
    std::shared_ptr<SimulatedRegisterMap> hts = SenseHatChips::hts221();
    std::shared_ptr<SimulatedRegisterMap> lps = SenseHatChips::lps25h();
    std::shared_ptr<SimulatedRegisterMap> ag = SenseHatChips::lsm9ds1AccelGyro(physics);
    std::shared_ptr<SimulatedRegisterMap> mag = SenseHatChips::lsm9ds1Magnetometer(physics);
    SimulatedBus *bus = nullptr;

    Hat()
    {
        FakeSysfs::writeFile(thermal(), "51000\n");
        QDir().mkpath(iioRoot());
    }
    QString thermal() const { return sys.filePath(QStringLiteral("temp")); }
    QString iioRoot() const { return sys.filePath(QStringLiteral("iio")); }

    std::unique_ptr<SenseHatSource> source(bool withHts = true, bool withLps = true,
                                           bool withImu = true)
    {
        auto b = std::make_unique<SimulatedBus>();
        if (withHts)
            b->add(hts);
        if (withLps)
            b->add(lps);
        if (withImu) {
            b->add(ag);
            b->add(mag);
        }
        bus = b.get();
        SenseHatSource::Options options;
        options.iioRoot = iioRoot();
        options.thermalPath = thermal();
        options.random = [] { return 0.5; }; // back-off without jitter: 1 s, 2 s, 4 s
        return std::make_unique<SenseHatSource>(std::move(b), options);
    }
};
} // namespace

class TestSenseHatSource : public QObject
{
    Q_OBJECT
private slots:
    void allChipsPresent()
    {
        Hat hat;
        auto source = hat.source();
        QCOMPARE(source->probe(0), 3);
        QCOMPARE(source->description(), QStringLiteral("Sense HAT (HTS221, LPS25H, LSM9DS1)"));
        const ClimateSample c = source->readClimate(0.1);
        QCOMPARE(c.humidity, std::optional<double>(52.0)); // see test_hts221
        QVERIFY(qFuzzyCompare(*c.humidityTemperature, 26.2));
        QCOMPARE(c.pressure, std::optional<double>(1013.25)); // see test_lps25h
        QCOMPARE(c.pressureTemperature, std::optional<double>(24.0));
        QCOMPARE(c.cpuTemperature, std::optional<double>(51.0));
        const MotionSample m = source->readMotion(0.1);
        QVERIFY(m.accel && m.gyro && m.mag);
        QVERIFY(std::abs(m.accel->z - 1.0) < 0.001);
        QVERIFY(source->health(SenseHatSource::Humidity)
                    .path()
                    .startsWith(QLatin1String("i2c-dev /dev/i2c-sim 0x5f")));
    }

    void missingChipIsNamedAndTheRestWork()
    {
        Hat hat;
        auto source = hat.source(true, false, true);
        QCOMPARE(source->probe(0), 2);
        QCOMPARE(source->health(SenseHatSource::Pressure).state(), ChipHealth::State::Absent);
        QVERIFY2(source->description().contains(QLatin1String("LPS25H absent")),
                 qPrintable(source->description()));
        const ClimateSample c = source->readClimate(0.1);
        QVERIFY(c.humidity && c.humidityTemperature);
        QVERIFY(!c.pressure); // absent, not 0
        QVERIFY(!c.pressureTemperature);
        QVERIFY(source->readMotion(0.1).accel);
        // The missing chip is probed again after its back-off, and found
        // when it turns up.
        hat.bus->add(hat.lps);
        QVERIFY(!source->readClimate(0.5).pressure); // 1 s not yet over
        QCOMPARE(source->readClimate(1.0).pressure, std::optional<double>(1013.25));
        QCOMPARE(source->description(), QStringLiteral("Sense HAT (HTS221, LPS25H, LSM9DS1)"));
    }

    void noChipAtAll()
    {
        Hat hat;
        auto source = hat.source(false, false, false);
        QCOMPARE(source->probe(0), 0);
        QCOMPARE(source->description(),
                 QStringLiteral("Sense HAT (HTS221 absent, LPS25H absent, LSM9DS1 absent)"));
        const ClimateSample c = source->readClimate(0.1);
        QVERIFY(!c.humidity && !c.pressure && !c.humidityTemperature && !c.pressureTemperature);
        QVERIFY(!source->readMotion(0.1).accel);
    }

    void iioFallbackWhenTheAddressIsBusy()
    {
        Hat hat;
        hat.hts->busy = true;
        hat.lps->busy = true;
        hat.ag->busy = true;
        hat.mag->busy = true;
        const QString root = hat.iioRoot();
        // hts221: milli percent and millidegrees.
        // 452 * 100 = 45200 m% = 45.2 %; 2350 * 10 = 23500 m degC = 23.5 degC
        FakeSysfs::addDevice(root, 0, QStringLiteral("hts221"),
                             {{QStringLiteral("in_humidityrelative_raw"), "452"},
                              {QStringLiteral("in_humidityrelative_scale"), "100"},
                              {QStringLiteral("in_temp_raw"), "2350"},
                              {QStringLiteral("in_temp_scale"), "10"}});
        // lps25h: kPa and millidegrees.
        // 4150272 * 0.0000244140625 = 101.325 kPa = 1013.25 hPa;
        // (-8880 + 20400) * (1000 / 480) = 11520 * 2.0833.. = 24000 m degC = 24.0 degC
        FakeSysfs::addDevice(root, 1, QStringLiteral("lps25h"),
                             {{QStringLiteral("in_pressure_raw"), "4150272"},
                              {QStringLiteral("in_pressure_scale"), "0.0000244140625"},
                              {QStringLiteral("in_temp_raw"), "-8880"},
                              {QStringLiteral("in_temp_offset"), "20400"},
                              {QStringLiteral("in_temp_scale"), "2.083333333"}});
        // lsm9ds1: m/s^2, rad/s, gauss in chip axes.
        // accel z: 4096 * 0.002394202 = 9.80665 m/s^2 = 1 g
        FakeSysfs::addDevice(root, 2, QStringLiteral("lsm9ds1_accel"),
                             {{QStringLiteral("in_accel_x_raw"), "0"},
                              {QStringLiteral("in_accel_y_raw"), "0"},
                              {QStringLiteral("in_accel_z_raw"), "4096"},
                              {QStringLiteral("in_accel_scale"), "0.002394202"}});
        // gyro z: 1000 * 0.000305433 rad/s = 0.305433 rad/s = 17.5 dps, negated
        FakeSysfs::addDevice(root, 3, QStringLiteral("lsm9ds1_gyro"),
                             {{QStringLiteral("in_anglvel_x_raw"), "0"},
                              {QStringLiteral("in_anglvel_y_raw"), "0"},
                              {QStringLiteral("in_anglvel_z_raw"), "1000"},
                              {QStringLiteral("in_anglvel_scale"), "0.000305433"}});
        // magn x: 1000 * 0.00014 gauss = 0.14 gauss = 14 uT, negated
        FakeSysfs::addDevice(root, 4, QStringLiteral("lsm9ds1_magn"),
                             {{QStringLiteral("in_magn_x_raw"), "1000"},
                              {QStringLiteral("in_magn_y_raw"), "0"},
                              {QStringLiteral("in_magn_z_raw"), "0"},
                              {QStringLiteral("in_magn_scale"), "0.00014"}});
        auto source = hat.source();
        QCOMPARE(source->probe(0), 3);
        QCOMPARE(source->description(),
                 QStringLiteral("Sense HAT (HTS221 via IIO, LPS25H via IIO, LSM9DS1 via IIO)"));
        QVERIFY2(source->health(SenseHatSource::Humidity).path().contains(QLatin1String("EBUSY")),
                 qPrintable(source->health(SenseHatSource::Humidity).path()));
        const ClimateSample c = source->readClimate(0.1);
        QVERIFY(qFuzzyCompare(*c.humidity, 45.2));
        QVERIFY(qFuzzyCompare(*c.humidityTemperature, 23.5));
        QVERIFY(qFuzzyCompare(*c.pressure, 1013.25));
        QVERIFY(std::abs(*c.pressureTemperature - 24.0) < 1e-6);
        const MotionSample m = source->readMotion(0.1);
        QVERIFY(m.accel && m.gyro && m.mag);
        QVERIFY(std::abs(m.accel->z - 1.0) < 1e-6);
        QVERIFY(std::abs(m.gyro->z + 17.5) < 1e-3);
        QVERIFY(std::abs(m.mag->x + 14.0) < 1e-9);
        // Nothing went over the busy addresses.
        QVERIFY(hat.hts->readAddresses.isEmpty());
    }

    void busyWithoutIioDeviceIsReported()
    {
        Hat hat;
        hat.hts->busy = true;
        auto source = hat.source();
        QCOMPARE(source->probe(0), 2);
        const auto &h = source->health(SenseHatSource::Humidity);
        QCOMPARE(h.state(), ChipHealth::State::Absent);
        QVERIFY2(h.lastError().contains(QLatin1String("EBUSY")) &&
                     h.lastError().contains(QLatin1String("no hts221 IIO device")),
                 qPrintable(h.lastError()));
    }

    void failingBusGivesCountedErrorsAbsentFieldsAndFailed()
    {
        Hat hat;
        auto source = hat.source();
        QCOMPARE(source->probe(0), 3);
        QVERIFY(source->readClimate(0.1).humidity);
        hat.hts->fault = Fault::Fail; // the chip stops answering
        double t = 1.0;
        for (int i = 0; i < ChipHealth::FailAfter; ++i, t += 1.0) {
            const ClimateSample c = source->readClimate(t);
            QVERIFY(!c.humidity); // absent at once, never a fake 0
            QVERIFY(!c.humidityTemperature);
            QVERIFY(c.pressure); // the others keep working
        }
        const auto &h = source->health(SenseHatSource::Humidity);
        QCOMPARE(h.state(), ChipHealth::State::Failed);
        QCOMPARE(h.errorCount(), ChipHealth::FailAfter);
        QCOMPARE(source->errorCount(), ChipHealth::FailAfter); // the other chips had none
        QVERIFY2(h.lastError().contains(QLatin1String("Remote I/O error")),
                 qPrintable(h.lastError()));
        QVERIFY2(source->description().contains(QLatin1String("HTS221 failed")),
                 qPrintable(source->description()));
        // Still failing at the first re-probe: stays Failed, next try later.
        QVERIFY(!source->readClimate(t).humidity);
        QCOMPARE(h.state(), ChipHealth::State::Failed);
        const double next = h.nextProbeAt();
        QVERIFY(next > t);
        // The chip comes back: the next re-probe finds it.
        hat.hts->fault = Fault::None;
        QVERIFY(!source->readClimate(next - 0.01).humidity);
        QCOMPARE(source->readClimate(next).humidity, std::optional<double>(52.0));
        QCOMPARE(h.state(), ChipHealth::State::Ok);
    }

    void shortReadsOfTheImu()
    {
        Hat hat;
        auto source = hat.source();
        QCOMPARE(source->probe(0), 3);
        QVERIFY(source->readMotion(0.02).accel);
        hat.ag->fault = Fault::ShortRead;
        for (int i = 1; i <= 10; ++i) {
            const MotionSample m = source->readMotion(0.02 + i * 0.02);
            QVERIFY(!m.accel && !m.gyro && !m.mag);
        }
        const auto &h = source->health(SenseHatSource::Imu);
        QCOMPARE(h.state(), ChipHealth::State::Failed);
        QVERIFY(h.errorCount() >= ChipHealth::FailAfter);
        QVERIFY2(h.lastError().contains(QLatin1String("short read")), qPrintable(h.lastError()));
        // Climate chips unaffected.
        QVERIFY(source->readClimate(0.5).humidity);
    }

    void stuckBusReadingAllOnes()
    {
        Hat hat;
        auto source = hat.source();
        QCOMPARE(source->probe(0), 3);
        // Every LPS25H register reads 0xFF: pressure -1/4096 hPa, junk.
        hat.lps->regs.fill(0xFF);
        for (int i = 1; i <= ChipHealth::FailAfter; ++i)
            QVERIFY(!source->readClimate(i).pressure);
        const auto &h = source->health(SenseHatSource::Pressure);
        QCOMPARE(h.state(), ChipHealth::State::Failed);
        QVERIFY2(h.lastError().contains(QLatin1String("implausible")), qPrintable(h.lastError()));
        // On re-probe WHO_AM_I reads 0xFF: refused, still Failed.
        source->readClimate(h.nextProbeAt());
        QCOMPARE(h.state(), ChipHealth::State::Failed);
        QVERIFY2(h.lastError().contains(QLatin1String("WHO_AM_I 0xff")), qPrintable(h.lastError()));
    }

    void randomJunkNeverCrashesNorGivesImpossibleValues()
    {
        Hat hat;
        auto source = hat.source();
        QCOMPARE(source->probe(0), 3);
        for (auto *map : {hat.hts.get(), hat.lps.get(), hat.ag.get(), hat.mag.get()})
            map->fault = Fault::Junk;
        double t = 0;
        for (int i = 0; i < 2000; ++i) {
            t += 0.02;
            const MotionSample m = source->readMotion(t);
            if (m.accel)
                QVERIFY(std::isfinite(m.accel->norm()) && m.accel->norm() < 30);
            if (i % 25 == 0) {
                const ClimateSample c = source->readClimate(t);
                if (c.humidity)
                    QVERIFY(*c.humidity >= 0 && *c.humidity <= 100);
                if (c.pressure)
                    QVERIFY(*c.pressure >= 200 && *c.pressure <= 1300);
            }
        }
        QVERIFY(source->health(SenseHatSource::Pressure).errorCount() > 0);
        QVERIFY(source->health(SenseHatSource::Humidity).errorCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSenseHatSource)
#include "test_sensehatsource.moc"
