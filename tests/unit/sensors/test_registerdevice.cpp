// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "simulatedregistermap.h"

#include <QTest>

// The seam itself: the auto-increment bit, and failed or short transfers
// turned into clear errors.
class TestRegisterDevice : public QObject
{
    Q_OBJECT
private slots:
    void multiByteReadsSetTheAutoIncrementBit()
    {
        auto map = std::make_shared<SimulatedRegisterMap>(0x5F, 0xBC);
        map->regs[0x28] = 1;
        map->regs[0x29] = 2;
        map->regs[0x2A] = 3;
        SimulatedDevice device(map);
        quint8 data[3] = {};
        QVERIFY(device.read(0x28, data, 3));
        QCOMPARE(map->readAddresses.last(), quint8(0xA8)); // 0x28 | 0x80
        QCOMPARE(data[0], quint8(1));
        QCOMPARE(data[1], quint8(2));
        QCOMPARE(data[2], quint8(3));
        // One byte: the plain address.
        QCOMPARE(device.readRegister(0x0F), std::optional<quint8>(0xBC));
        QCOMPARE(map->readAddresses.last(), quint8(0x0F));
    }

    void writesReachTheRegister()
    {
        auto map = std::make_shared<SimulatedRegisterMap>(0x5C, 0xBD);
        SimulatedDevice device(map);
        QVERIFY(device.writeRegister(0x20, 0xC4));
        QCOMPARE(map->regs[0x20], quint8(0xC4));
        QVERIFY(!device.writeRegister(0x90, 1)); // no such register
        QVERIFY(device.lastError().contains(QLatin1String("0x90")));
    }

    void failedTransferIsReported()
    {
        auto map = std::make_shared<SimulatedRegisterMap>(0x6A, 0x68);
        map->fault = SimulatedRegisterMap::Fault::Fail;
        SimulatedDevice device(map);
        QVERIFY(!device.readRegister(0x0F));
        QVERIFY2(device.lastError().contains(QLatin1String("0x6a")) &&
                     device.lastError().contains(QLatin1String("Remote I/O error")),
                 qPrintable(device.lastError()));
        QVERIFY(!device.writeRegister(0x10, 0x69));
    }

    void shortReadIsAnError()
    {
        auto map = std::make_shared<SimulatedRegisterMap>(0x1C, 0x3D);
        map->fault = SimulatedRegisterMap::Fault::ShortRead;
        SimulatedDevice device(map);
        quint8 data[6];
        QVERIFY(!device.read(0x28, data, 6));
        QVERIFY2(device.lastError().contains(QLatin1String("short read")) &&
                     device.lastError().contains(QLatin1String("3 of 6")),
                 qPrintable(device.lastError()));
    }

    void invalidRequestsAreRefused()
    {
        auto map = std::make_shared<SimulatedRegisterMap>(0x1C, 0x3D);
        SimulatedDevice device(map);
        quint8 data[64];
        QVERIFY(!device.read(0x28, data, 0));
        QVERIFY(!device.read(0x28, data, 64));
        QVERIFY(!device.read(0x80, data, 1));
        QVERIFY(map->readAddresses.isEmpty()); // nothing went on the bus
    }
};

QTEST_GUILESS_MAIN(TestRegisterDevice)
#include "test_registerdevice.moc"
