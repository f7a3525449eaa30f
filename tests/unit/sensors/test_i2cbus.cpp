// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensors/i2cbus.h"

#include <QTemporaryDir>
#include <QTest>

// No I2C adapter on the build machines: what can be checked is that a
// missing bus or a file that is no bus gives a clear error, not a crash.
class TestI2cBus : public QObject
{
    Q_OBJECT
private slots:
    void missingBusNamesThePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("i2c-9"));
        I2cBus bus(path);
        const auto opened = bus.open(0x5F);
        QVERIFY(!opened.device);
        QVERIFY(!opened.busy);
        QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
    }

    void fileThatIsNoBusIsRefused()
    {
        // /dev/null opens, but ioctl(I2C_SLAVE) fails with ENOTTY, not EBUSY.
        I2cBus bus(QStringLiteral("/dev/null"));
        const auto opened = bus.open(0x6A);
        QVERIFY(!opened.device);
        QVERIFY(!opened.busy);
        QVERIFY2(opened.error.contains(QLatin1String("0x6a")), qPrintable(opened.error));
    }
};

QTEST_GUILESS_MAIN(TestI2cBus)
#include "test_i2cbus.moc"
