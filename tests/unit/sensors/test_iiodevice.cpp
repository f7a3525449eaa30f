// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "fakesysfs.h"
#include "sensors/iiodevice.h"

#include <QTemporaryDir>
#include <QTest>

class TestIioDevice : public QObject
{
    Q_OBJECT
private slots:
    void findsDevicesByNamePrefix()
    {
        QTemporaryDir root;
        FakeSysfs::addDevice(root.path(), 0, QStringLiteral("lsm9ds1_magn"), {});
        FakeSysfs::addDevice(root.path(), 1, QStringLiteral("hts221"), {});
        FakeSysfs::addDevice(root.path(), 2, QStringLiteral("lsm9ds1_accel"), {});
        const auto hts = IioDevice::find(root.path(), QStringLiteral("hts221"));
        QCOMPARE(hts.size(), 1);
        QCOMPARE(hts.first().name(), QStringLiteral("hts221"));
        QVERIFY(hts.first().path().endsWith(QLatin1String("iio:device1")));
        QCOMPARE(IioDevice::find(root.path(), QStringLiteral("lsm9ds1")).size(), 2);
        QVERIFY(IioDevice::find(root.path(), QStringLiteral("lps25h")).isEmpty());
        QVERIFY(IioDevice::find(root.path() + QStringLiteral("/nothing"), QStringLiteral("x"))
                    .isEmpty());
    }

    void valueIsRawPlusOffsetTimesScale()
    {
        QTemporaryDir root;
        // hts221-like: (raw + offset) * scale
        FakeSysfs::addDevice(root.path(), 0, QStringLiteral("hts221"),
                             {{QStringLiteral("in_temp_raw"), "1500"},
                              {QStringLiteral("in_temp_offset"), "-500"},
                              {QStringLiteral("in_temp_scale"), "6.2"},
                              {QStringLiteral("in_humidityrelative_raw"), "7"}});
        const IioDevice d = IioDevice::find(root.path(), QStringLiteral("hts221")).first();
        QString error;
        // (1500 + (-500)) * 6.2 = 6200 millidegrees
        const auto t = d.value(QStringLiteral("temp"), &error);
        QVERIFY2(t, qPrintable(error));
        QVERIFY(qFuzzyCompare(*t, 6200.0));
        // No scale or offset files: scale 1, offset 0.
        QCOMPARE(d.value(QStringLiteral("humidityrelative"), &error), std::optional<double>(7.0));
        QVERIFY(d.hasChannel(QStringLiteral("temp")));
        QVERIFY(!d.hasChannel(QStringLiteral("pressure")));
    }

    void sharedScaleOfAType()
    {
        QTemporaryDir root;
        // st_accel: one in_accel_scale for the three axes.
        FakeSysfs::addDevice(root.path(), 3, QStringLiteral("lsm9ds1_accel"),
                             {{QStringLiteral("in_accel_x_raw"), "-100"},
                              {QStringLiteral("in_accel_y_raw"), "200"},
                              {QStringLiteral("in_accel_z_raw"), "4096"},
                              {QStringLiteral("in_accel_scale"), "0.002394"}});
        const IioDevice d = IioDevice::find(root.path(), QStringLiteral("lsm9ds1")).first();
        QString error;
        const auto z = d.value(QStringLiteral("accel_z"), &error);
        QVERIFY2(z, qPrintable(error));
        QVERIFY(qFuzzyCompare(*z, 4096 * 0.002394));
        QVERIFY(qFuzzyCompare(*d.value(QStringLiteral("accel_x"), &error), -100 * 0.002394));
    }

    void processedInputIsUsedAsIs()
    {
        QTemporaryDir root;
        FakeSysfs::addDevice(root.path(), 0, QStringLiteral("lps25h"),
                             {{QStringLiteral("in_pressure_input"), "101.325"}});
        const IioDevice d = IioDevice::find(root.path(), QStringLiteral("lps25h")).first();
        QString error;
        QCOMPARE(d.value(QStringLiteral("pressure"), &error), std::optional<double>(101.325));
    }

    void junkAndMissingFilesAreErrors()
    {
        QTemporaryDir root;
        FakeSysfs::addDevice(root.path(), 0, QStringLiteral("lps25h"),
                             {{QStringLiteral("in_pressure_raw"), "\x01\x02garbage"},
                              {QStringLiteral("in_temp_raw"), "12"},
                              {QStringLiteral("in_temp_scale"), "nan"}});
        const IioDevice d = IioDevice::find(root.path(), QStringLiteral("lps25h")).first();
        QString error;
        QVERIFY(!d.value(QStringLiteral("pressure"), &error));
        QVERIFY2(error.contains(QLatin1String("holds no number")), qPrintable(error));
        QVERIFY(!d.value(QStringLiteral("temp"), &error));
        QVERIFY(!d.value(QStringLiteral("humidityrelative"), &error));
        QVERIFY2(error.contains(QLatin1String("no channel humidityrelative")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestIioDevice)
#include "test_iiodevice.moc"
