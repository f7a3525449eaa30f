// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensors/lsm9ds1.h"
#include "simulatedregistermap.h"

#include <QTest>

using Scale = Lsm9ds1::AccelScale;

namespace {
struct Imu
{
    std::shared_ptr<SenseHatChips::ImuPhysics> physics =
        std::make_shared<SenseHatChips::ImuPhysics>();
    std::shared_ptr<SimulatedRegisterMap> agMap = SenseHatChips::lsm9ds1AccelGyro(physics);
    std::shared_ptr<SimulatedRegisterMap> magMap = SenseHatChips::lsm9ds1Magnetometer(physics);
    SimulatedDevice ag{agMap};
    SimulatedDevice mag{magMap};
};

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}
} // namespace

class TestLsm9ds1 : public QObject
{
    Q_OBJECT
private slots:
    void wrongWhoAmIIsRefused_data()
    {
        QTest::addColumn<bool>("magnetometer");
        QTest::newRow("accel/gyro") << false;
        QTest::newRow("magnetometer") << true;
    }
    void wrongWhoAmIIsRefused()
    {
        QFETCH(bool, magnetometer);
        Imu imu;
        (magnetometer ? imu.magMap : imu.agMap)->regs[0x0F] = 0x00;
        Lsm9ds1 chip(imu.ag, imu.mag);
        QVERIFY(!chip.init());
        QVERIFY2(chip.lastError().contains(magnetometer ? QLatin1String("expected 0x3d")
                                                        : QLatin1String("expected 0x68")),
                 qPrintable(chip.lastError()));
        QVERIFY(imu.agMap->writes.isEmpty());
        QVERIFY(imu.magMap->writes.isEmpty());
    }

    void setUpWritesRtimulibDefaults()
    {
        Imu imu;
        Lsm9ds1 chip(imu.ag, imu.mag);
        QVERIFY2(chip.init(), qPrintable(chip.lastError()));
        // 0x69: ODR 011 (119 Hz), FS 01 (500 dps), BW 01.
        // 0x7B: ODR 011 (119 Hz), FS 11 (8 g), BW 011.
        const QList<QPair<quint8, quint8>> ag = {{0x10, 0x69}, {0x20, 0x7B}};
        const QList<QPair<quint8, quint8>> mag = {{0x20, 0x14}, {0x21, 0x00}, {0x22, 0x00}};
        QCOMPARE(imu.agMap->writes, ag);
        QCOMPARE(imu.magMap->writes, mag);
    }

    void knownRawValuesConvert()
    {
        Imu imu;
        Lsm9ds1 chip(imu.ag, imu.mag);
        QVERIFY(chip.init());
        // Accel at 8 g (0.244 mg/LSB), raw (1000, -2000, 4098):
        //   x = -(1000 * 0.000244) = -0.244 g       (x negated)
        //   y = -(-2000 * 0.000244) = +0.488 g      (y negated)
        //   z = 4098 * 0.000244 = 0.999912 g
        SenseHatChips::setRaw3(*imu.agMap, 0x28, 1000, -2000, 4098);
        // Gyro at 500 dps (17.5 mdps/LSB), raw (100, -200, 400):
        //   x = 100 * 0.0175 = 1.75, y = -200 * 0.0175 = -3.5,
        //   z = -(400 * 0.0175) = -7.0 dps          (z negated)
        SenseHatChips::setRaw3(*imu.agMap, 0x18, 100, -200, 400);
        // Magnetometer at 4 gauss (0.014 uT/LSB), raw (1000, 2000, -3000):
        //   x = -(1000 * 0.014) = -14.0, y = 2000 * 0.014 = 28.0,
        //   z = -(-3000 * 0.014) = 42.0 uT          (x and z negated)
        SenseHatChips::setRaw3(*imu.magMap, 0x28, 1000, 2000, -3000);
        Lsm9ds1::Motion m;
        QVERIFY2(chip.read(&m), qPrintable(chip.lastError()));
        QVERIFY(qFuzzyCompare(m.accel.x, -0.244));
        QVERIFY(qFuzzyCompare(m.accel.y, 0.488));
        QVERIFY(qFuzzyCompare(m.accel.z, 0.999912));
        QVERIFY(qFuzzyCompare(m.gyro.x, 1.75));
        QVERIFY(qFuzzyCompare(m.gyro.y, -3.5));
        QVERIFY(qFuzzyCompare(m.gyro.z, -7.0));
        QVERIFY(qFuzzyCompare(m.mag.x, -14.0));
        QVERIFY(qFuzzyCompare(m.mag.y, 28.0));
        QVERIFY(qFuzzyCompare(m.mag.z, 42.0));
        // Each vector in one auto-incremented 6-byte read.
        QVERIFY(imu.agMap->readAddresses.contains(quint8(0x98)));
        QVERIFY(imu.agMap->readAddresses.contains(quint8(0xA8)));
        QCOMPARE(imu.magMap->readAddresses.last(), quint8(0xA8));
    }

    void axisSigns()
    {
        // The same positive raw value on every axis shows which are negated.
        const qint16 raw[3] = {1000, 1000, 1000};
        const Vector3 a = Lsm9ds1::accelFromRaw(raw, Lsm9ds1::AccelScale::G2);
        const Vector3 g = Lsm9ds1::gyroFromRaw(raw, Lsm9ds1::GyroScale::Dps245);
        const Vector3 m = Lsm9ds1::magFromRaw(raw, Lsm9ds1::MagScale::Gauss4);
        QVERIFY(a.x < 0 && a.y < 0 && a.z > 0);
        QVERIFY(g.x > 0 && g.y > 0 && g.z < 0);
        QVERIFY(m.x < 0 && m.y > 0 && m.z < 0);
    }

    void accelFullScales_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("ctrlReg6");
        QTest::addColumn<double>("mgPerLsb");
        // CTRL_REG6_XL = ODR 011 << 5 | FS << 3 | BW 011
        QTest::newRow("2 g") << int(Lsm9ds1::AccelScale::G2) << 0x63 << 0.061;
        QTest::newRow("4 g") << int(Lsm9ds1::AccelScale::G4) << 0x73 << 0.122;
        QTest::newRow("8 g") << int(Lsm9ds1::AccelScale::G8) << 0x7B << 0.244;
        QTest::newRow("16 g") << int(Lsm9ds1::AccelScale::G16) << 0x6B << 0.732;
    }
    void accelFullScales()
    {
        QFETCH(int, scale);
        QFETCH(int, ctrlReg6);
        QFETCH(double, mgPerLsb);
        Imu imu;
        imu.physics->accel = {0.5, -0.25, 1.0}; // g, chip axes
        Lsm9ds1::Config config;
        config.accel = Lsm9ds1::AccelScale(scale);
        Lsm9ds1 chip(imu.ag, imu.mag, config);
        QVERIFY(chip.init());
        QCOMPARE(int(imu.agMap->regs[0x20]), ctrlReg6);
        QCOMPARE(Lsm9ds1::accelSensitivity(config.accel), mgPerLsb / 1000);
        Lsm9ds1::Motion m;
        QVERIFY(chip.read(&m));
        const double lsb = mgPerLsb / 1000;
        QVERIFY2(near(m.accel.x, -0.5, lsb), qPrintable(QString::number(m.accel.x)));
        QVERIFY(near(m.accel.y, 0.25, lsb));
        QVERIFY(near(m.accel.z, 1.0, lsb));
    }

    void gyroFullScales_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("ctrlReg1");
        QTest::addColumn<double>("mdpsPerLsb");
        // CTRL_REG1_G = ODR 011 << 5 | FS << 3 | BW 01
        QTest::newRow("245 dps") << int(Lsm9ds1::GyroScale::Dps245) << 0x61 << 8.75;
        QTest::newRow("500 dps") << int(Lsm9ds1::GyroScale::Dps500) << 0x69 << 17.5;
        QTest::newRow("2000 dps") << int(Lsm9ds1::GyroScale::Dps2000) << 0x79 << 70.0;
    }
    void gyroFullScales()
    {
        QFETCH(int, scale);
        QFETCH(int, ctrlReg1);
        QFETCH(double, mdpsPerLsb);
        Imu imu;
        imu.physics->gyro = {10, -20, 30}; // dps, chip axes
        Lsm9ds1::Config config;
        config.gyro = Lsm9ds1::GyroScale(scale);
        Lsm9ds1 chip(imu.ag, imu.mag, config);
        QVERIFY(chip.init());
        QCOMPARE(int(imu.agMap->regs[0x10]), ctrlReg1);
        QCOMPARE(Lsm9ds1::gyroSensitivity(config.gyro), mdpsPerLsb / 1000);
        Lsm9ds1::Motion m;
        QVERIFY(chip.read(&m));
        const double lsb = mdpsPerLsb / 1000;
        QVERIFY(near(m.gyro.x, 10, lsb));
        QVERIFY(near(m.gyro.y, -20, lsb));
        QVERIFY(near(m.gyro.z, -30, lsb));
    }

    void magnetometerFullScales_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("ctrlReg2");
        QTest::addColumn<double>("uTPerLsb");
        QTest::newRow("4 gauss") << int(Lsm9ds1::MagScale::Gauss4) << 0x00 << 0.014;
        QTest::newRow("8 gauss") << int(Lsm9ds1::MagScale::Gauss8) << 0x20 << 0.029;
        QTest::newRow("12 gauss") << int(Lsm9ds1::MagScale::Gauss12) << 0x40 << 0.043;
        QTest::newRow("16 gauss") << int(Lsm9ds1::MagScale::Gauss16) << 0x60 << 0.058;
    }
    void magnetometerFullScales()
    {
        QFETCH(int, scale);
        QFETCH(int, ctrlReg2);
        QFETCH(double, uTPerLsb);
        Imu imu;
        imu.physics->mag = {20, -10, -44}; // uT, chip axes
        Lsm9ds1::Config config;
        config.mag = Lsm9ds1::MagScale(scale);
        Lsm9ds1 chip(imu.ag, imu.mag, config);
        QVERIFY(chip.init());
        QCOMPARE(int(imu.magMap->regs[0x21]), ctrlReg2);
        Lsm9ds1::Motion m;
        QVERIFY(chip.read(&m));
        QVERIFY(near(m.mag.x, -20, uTPerLsb));
        QVERIFY(near(m.mag.y, -10, uTPerLsb));
        QVERIFY(near(m.mag.z, 44, uTPerLsb));
    }

    void failingMagnetometerFailsTheRead()
    {
        Imu imu;
        Lsm9ds1 chip(imu.ag, imu.mag);
        QVERIFY(chip.init());
        imu.magMap->fault = SimulatedRegisterMap::Fault::ShortRead;
        Lsm9ds1::Motion m;
        QVERIFY(!chip.read(&m));
        QVERIFY2(chip.lastError().contains(QLatin1String("short read")),
                 qPrintable(chip.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestLsm9ds1)
#include "test_lsm9ds1.moc"
