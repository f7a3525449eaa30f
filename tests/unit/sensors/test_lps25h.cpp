// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensors/lps25h.h"
#include "simulatedregistermap.h"

#include <QTest>

class TestLps25h : public QObject
{
    Q_OBJECT
private slots:
    void wrongWhoAmIIsRefused()
    {
        auto map = SenseHatChips::lps25h();
        map->regs[0x0F] = 0xBC; // an HTS221
        SimulatedDevice device(map);
        Lps25h chip(device);
        QVERIFY(!chip.init());
        QVERIFY2(chip.lastError().contains(QLatin1String("expected 0xbd")),
                 qPrintable(chip.lastError()));
        QVERIFY(map->writes.isEmpty());
    }

    void setUpWritesRtimulibValues()
    {
        auto map = SenseHatChips::lps25h();
        SimulatedDevice device(map);
        Lps25h chip(device);
        QVERIFY2(chip.init(), qPrintable(chip.lastError()));
        const QList<QPair<quint8, quint8>> expected = {
            {0x20, 0xC4}, {0x10, 0x05}, {0x2E, 0xC0}, {0x21, 0x40}};
        QCOMPARE(map->writes, expected);
    }

    void knownRawValuesConvert()
    {
        auto map = SenseHatChips::lps25h();
        // Pressure bytes XL 0x00, L 0x54, H 0x3F: raw 0x3F5400
        //   = 63 * 65536 + 84 * 256 = 4128768 + 21504 = 4150272
        //   hPa = 4150272 / 4096 = 1013.25
        // Temperature bytes 0x50, 0xDD: raw 0xDD50 = 56656 - 65536 = -8880
        //   degC = 42.5 + (-8880) / 480 = 42.5 - 18.5 = 24.0
        map->regs[0x28] = 0x00;
        map->regs[0x29] = 0x54;
        map->regs[0x2A] = 0x3F;
        map->regs[0x2B] = 0x50;
        map->regs[0x2C] = 0xDD;
        SimulatedDevice device(map);
        Lps25h chip(device);
        QVERIFY(chip.init());
        Lps25h::Measurement m;
        QCOMPARE(chip.read(&m), Lps25h::Result::Ok);
        QCOMPARE(m.pressure, 1013.25);
        QCOMPARE(m.temperature, 24.0);
        // Five bytes in one auto-incremented read from 0x28.
        QCOMPARE(map->readAddresses.last(), quint8(0xA8));
    }

    void negativeOrZeroPressureIsJunk()
    {
        auto map = SenseHatChips::lps25h();
        SimulatedDevice device(map);
        Lps25h chip(device);
        QVERIFY(chip.init());
        Lps25h::Measurement m;
        SenseHatChips::setLps25hOutput(*map, 0xFFFFFF, 0); // -1 after sign extension
        QCOMPARE(chip.read(&m), Lps25h::Result::Error);
        QVERIFY2(chip.lastError().contains(QLatin1String("implausible")),
                 qPrintable(chip.lastError()));
        SenseHatChips::setLps25hOutput(*map, 0, 0);
        QCOMPARE(chip.read(&m), Lps25h::Result::Error);
    }

    void notReadyBeforeTheFirstConversion()
    {
        auto map = SenseHatChips::lps25h();
        map->regs[0x27] = 0x01; // temperature only
        SimulatedDevice device(map);
        Lps25h chip(device);
        QVERIFY(chip.init());
        Lps25h::Measurement m;
        QCOMPARE(chip.read(&m), Lps25h::Result::NotReady);
    }
};

QTEST_GUILESS_MAIN(TestLps25h)
#include "test_lps25h.moc"
