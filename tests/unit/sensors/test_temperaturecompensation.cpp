// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensors/temperaturecompensation.h"

#include <QTest>

class TestTemperatureCompensation : public QObject
{
    Q_OBJECT
private slots:
    void formulaOfTheReference()
    {
        // t = (30 + 32) / 2 = 31; t_corr = 31 - (52 - 31) / 1.5 = 31 - 14 = 17
        TemperatureCompensation c;
        QCOMPARE(c.add(30.0, 32.0, 52.0), std::optional<double>(17.0));
    }

    void movingAverageOfThree()
    {
        TemperatureCompensation c;
        // CPU 40: t_corr = t - (40 - t) / 1.5
        // t = 25 -> 25 - 10 = 15; t = 28 -> 28 - 8 = 20; t = 31 -> 31 - 6 = 25;
        // t = 34 -> 34 - 4 = 30
        QCOMPARE(c.add(25.0, 25.0, 40.0), std::optional<double>(15.0));
        QCOMPARE(c.add(28.0, 28.0, 40.0), std::optional<double>(17.5)); // (15 + 20) / 2
        QCOMPARE(c.add(31.0, 31.0, 40.0), std::optional<double>(20.0)); // (15 + 20 + 25) / 3
        QCOMPARE(c.add(34.0, 34.0, 40.0), std::optional<double>(25.0)); // (20 + 25 + 30) / 3
    }

    void missingInputs()
    {
        TemperatureCompensation c;
        QVERIFY(!c.add(25.0, 25.0, std::nullopt)); // no CPU temperature
        QVERIFY(!c.add(std::nullopt, std::nullopt, 40.0));
        // One sensor alone stands in for the mean: 25 - (40 - 25) / 1.5 = 15
        QCOMPARE(c.add(std::nullopt, 25.0, 40.0), std::optional<double>(15.0));
        // A gap restarts the average.
        QVERIFY(!c.add(25.0, 25.0, std::nullopt));
        QCOMPARE(c.add(34.0, 34.0, 40.0), std::optional<double>(30.0));
    }
};

QTEST_GUILESS_MAIN(TestTemperatureCompensation)
#include "test_temperaturecompensation.moc"
