// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensors/hts221.h"
#include "simulatedregistermap.h"

#include <QTest>

class TestHts221 : public QObject
{
    Q_OBJECT
private slots:
    void wrongWhoAmIIsRefused()
    {
        auto map = SenseHatChips::hts221();
        map->regs[0x0F] = 0xBD; // an LPS25H answering
        SimulatedDevice device(map);
        Hts221 chip(device);
        QVERIFY(!chip.init());
        QVERIFY2(chip.lastError().contains(QLatin1String("WHO_AM_I 0xbd")),
                 qPrintable(chip.lastError()));
        QVERIFY(map->writes.isEmpty()); // nothing written to a chip we do not know
    }

    void setUpWritesAveragingThenPowerOn()
    {
        auto map = SenseHatChips::hts221();
        SimulatedDevice device(map);
        Hts221 chip(device);
        QVERIFY2(chip.init(), qPrintable(chip.lastError()));
        const QList<QPair<quint8, quint8>> expected = {{0x10, 0x1B}, {0x20, 0x87}};
        QCOMPARE(map->writes, expected);
        // The calibration came in one auto-incremented read of 0x30..0x3F.
        QVERIFY(map->readAddresses.contains(quint8(0x30 | 0x80)));
    }

    void calibrationOfTheSimulatedChip()
    {
        auto map = SenseHatChips::hts221();
        SimulatedDevice device(map);
        Hts221 chip(device);
        QVERIFY(chip.init());
        const auto &c = chip.calibration();
        QCOMPARE(c.h0rH, 32.0);   // 64 / 2
        QCOMPARE(c.h1rH, 72.0);   // 144 / 2
        QCOMPARE(c.t0degC, 20.0); // (0 << 8 | 160) / 8
        QCOMPARE(c.t1degC, 35.5); // ((0x04 & 0x0C) >> 2 = 1) << 8 | 0x1C = 284; 284 / 8
        QCOMPARE(c.h0t0Out, qint16(-3000));
        QCOMPARE(c.h1t0Out, qint16(5000));
        QCOMPARE(c.t0Out, qint16(500));
        QCOMPARE(c.t1Out, qint16(3000));
    }

    void temperatureMsbsComeFromRegister0x35()
    {
        quint8 r[16] = {};
        r[0x0] = 40;   // H0_rH 20 %
        r[0x1] = 160;  // H1_rH 80 %
        r[0x2] = 0x10; // T0 low byte 16
        r[0x3] = 0x40; // T1 low byte 64
        // 0x35 = 1111 1001: bits 1:0 = 01 are T0's MSBs, bits 3:2 = 10 are
        // T1's; the upper reserved bits must be ignored.
        r[0x5] = 0xF9;
        r[0x6] = 0x00; // H0_T0_OUT = 0
        r[0xA] = 0x10; // H1_T0_OUT = 16
        r[0xC] = 0x00; // T0_OUT = 0
        r[0xE] = 0x20; // T1_OUT = 32
        QString error;
        const auto c = Hts221::parseCalibration(r, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->t0degC, 34.0); // (1 << 8 | 16) = 272; 272 / 8
        QCOMPARE(c->t1degC, 72.0); // (2 << 8 | 64) = 576; 576 / 8
        // Without the MSBs it would be 2.0 and 8.0 degC.
        QCOMPARE(Hts221::temperature(*c, 16), 53.0); // 34 + 16 * (72 - 34) / 32 = 34 + 19
    }

    void knownRawValuesConvert()
    {
        auto map = SenseHatChips::hts221();
        // H_OUT 1000, T_OUT 1500:
        // RH = 32 + (1000 - (-3000)) * (72 - 32) / (5000 - (-3000))
        //    = 32 + 4000 * 40 / 8000 = 32 + 20 = 52.0 %
        // T  = 20 + (1500 - 500) * (35.5 - 20) / (3000 - 500)
        //    = 20 + 1000 * 15.5 / 2500 = 20 + 6.2 = 26.2 degC
        SenseHatChips::setHts221Output(*map, 1000, 1500);
        SimulatedDevice device(map);
        Hts221 chip(device);
        QVERIFY(chip.init());
        Hts221::Measurement m;
        QCOMPARE(chip.read(&m), Hts221::Result::Ok);
        QCOMPARE(m.humidity, 52.0);
        QVERIFY(qFuzzyCompare(m.temperature, 26.2));
        QVERIFY(!m.humidityClamped);
        // The data registers came in one auto-incremented read from 0x28.
        QCOMPARE(map->readAddresses.last(), quint8(0xA8));
    }

    void humidityIsClampedAndSaysSo()
    {
        auto map = SenseHatChips::hts221();
        SimulatedDevice device(map);
        Hts221 chip(device);
        QVERIFY(chip.init());
        Hts221::Measurement m;
        // H_OUT 12000: 32 + 15000 * 40 / 8000 = 32 + 75 = 107 % -> 100 %
        SenseHatChips::setHts221Output(*map, 12000, 1500);
        QCOMPARE(chip.read(&m), Hts221::Result::Ok);
        QCOMPARE(m.rawHumidity, 107.0);
        QCOMPARE(m.humidity, 100.0);
        QVERIFY(m.humidityClamped);
        // H_OUT -10000: 32 + (-7000) * 40 / 8000 = 32 - 35 = -3 % -> 0 %
        SenseHatChips::setHts221Output(*map, -10000, 1500);
        QCOMPARE(chip.read(&m), Hts221::Result::Ok);
        QCOMPARE(m.rawHumidity, -3.0);
        QCOMPARE(m.humidity, 0.0);
        QVERIFY(m.humidityClamped);
    }

    void junkValuesAreErrors()
    {
        auto map = SenseHatChips::hts221();
        SimulatedDevice device(map);
        Hts221 chip(device);
        QVERIFY(chip.init());
        // H_OUT 32767: 32 + 35767 * 0.005 = 210.8 %: no sensor says that.
        SenseHatChips::setHts221Output(*map, 32767, 1500);
        Hts221::Measurement m;
        QCOMPARE(chip.read(&m), Hts221::Result::Error);
        QVERIFY2(chip.lastError().contains(QLatin1String("implausible")),
                 qPrintable(chip.lastError()));
    }

    void notReadyUntilTheFirstConversion()
    {
        auto map = SenseHatChips::hts221();
        map->regs[0x27] = 0x00;
        SimulatedDevice device(map);
        Hts221 chip(device);
        QVERIFY(chip.init());
        Hts221::Measurement m;
        QCOMPARE(chip.read(&m), Hts221::Result::NotReady);
        map->regs[0x27] = 0x03;
        QCOMPARE(chip.read(&m), Hts221::Result::Ok);
        // Between conversions the last values stand.
        map->regs[0x27] = 0x01;
        SenseHatChips::setHts221Output(*map, 5000, 3000);
        Hts221::Measurement again;
        QCOMPARE(chip.read(&again), Hts221::Result::Ok);
        QCOMPARE(again.humidity, m.humidity);
    }

    void degenerateCalibrationIsRefused()
    {
        auto map = SenseHatChips::hts221();
        map->set16(0x3A, -3000); // H1_T0_OUT equal to H0_T0_OUT: division by zero
        SimulatedDevice device(map);
        Hts221 chip(device);
        QVERIFY(!chip.init());
        QVERIFY2(chip.lastError().contains(QLatin1String("calibration")),
                 qPrintable(chip.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestHts221)
#include "test_hts221.moc"
