// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "anglediff.h"
#include "sensors/attitudefilter.h"
#include "sensors/simulatedsource.h"

#include <QTest>

#include <numbers>

class TestSimulatedSource : public QObject
{
    Q_OBJECT
private slots:
    void climateStaysInRangeAndVariesSlowly()
    {
        // Six simulated hours, one climate sample a second.
        SimulatedSource source(11);
        double minT = 1e9, maxT = -1e9, minP = 1e9, maxP = -1e9, minH = 1e9, maxH = -1e9;
        std::optional<ClimateSample> previous;
        for (int s = 0; s < 6 * 3600; ++s) {
            const ClimateSample c = source.readClimate(s);
            QVERIFY(c.humidity && c.humidityTemperature && c.pressure && c.pressureTemperature &&
                    c.cpuTemperature);
            QVERIFY2(*c.humidityTemperature >= 21 && *c.humidityTemperature <= 24,
                     qPrintable(QString::number(*c.humidityTemperature)));
            QVERIFY(*c.pressureTemperature >= 21 && *c.pressureTemperature <= 24);
            QVERIFY(*c.humidity >= 35 && *c.humidity <= 55);
            QVERIFY(*c.pressure >= 1005 && *c.pressure <= 1020);
            QVERIFY(*c.cpuTemperature >= 25 && *c.cpuTemperature <= 40);
            if (previous) {
                // Slowly: a second changes little.
                QVERIFY(std::abs(*c.humidityTemperature - *previous->humidityTemperature) < 0.5);
                QVERIFY(std::abs(*c.humidity - *previous->humidity) < 1.5);
                QVERIFY(std::abs(*c.pressure - *previous->pressure) < 0.3);
            }
            previous = c;
            minT = std::min(minT, *c.humidityTemperature);
            maxT = std::max(maxT, *c.humidityTemperature);
            minP = std::min(minP, *c.pressure);
            maxP = std::max(maxP, *c.pressure);
            minH = std::min(minH, *c.humidity);
            maxH = std::max(maxH, *c.humidity);
        }
        // And it does vary: not a constant.
        QVERIFY(maxT - minT > 1.0);
        QVERIFY(maxP - minP > 5.0);
        QVERIFY(maxH - minH > 5.0);
    }

    void motionIsGentleAndConsistent()
    {
        // Ten simulated minutes at 50 Hz through the attitude filter.
        SimulatedSource source(23);
        AttitudeFilter filter;
        const double dt = 0.02;
        double worstTracking = 0;
        for (int i = 0; i < 30000; ++i) {
            const double t = i * dt;
            const MotionSample m = source.readMotion(t);
            QVERIFY(m.accel && m.gyro && m.mag);
            QVERIFY(std::abs(m.accel->norm() - 1.0) < 0.05); // 1 g of gravity
            QVERIFY(m.accel->z > 0.98);                      // almost level
            filter.update(*m.accel, *m.gyro, m.mag, i == 0 ? 0 : dt);
            if (t < 10)
                continue;
            const Quaternion truth = source.trueOrientation(t);
            const auto a = filter.angles();
            worstTracking = std::max(
                {worstTracking,
                 std::abs(angleDiff(a.roll, AttitudeFilter::toSenseHatDegrees(truth.roll()))),
                 std::abs(angleDiff(a.pitch, AttitudeFilter::toSenseHatDegrees(truth.pitch()))),
                 std::abs(angleDiff(a.yaw, AttitudeFilter::toSenseHatDegrees(truth.yaw())))});
            QVERIFY(std::abs(angleDiff(a.roll, 0)) < 5 && std::abs(angleDiff(a.pitch, 0)) < 5);
            QVERIFY(a.yaw > 55 && a.yaw < 125);
        }
        // The three sensors agree, so the filter follows the true attitude.
        QVERIFY2(worstTracking < 2.0, qPrintable(QString::number(worstTracking)));
    }

    // A hand turning it: the three sensors agree on the new pose, so the
    // filter follows it; a knock shows in the accelerometer only while it lasts.
    void tiltAndKnockDisturbIt()
    {
        SimulatedSource source(31);
        AttitudeFilter filter;
        const double dt = 0.02;
        int i = 0;
        const auto run = [&](double until) {
            for (; i * dt < until; ++i) {
                const MotionSample m = source.readMotion(i * dt);
                filter.update(*m.accel, *m.gyro, m.mag, i == 0 ? 0 : dt);
            }
        };
        run(10);
        const Quaternion before = source.trueOrientation(10);
        source.tilt(Quaternion::fromAxisAngle({1, 0, 0}, 30 * std::numbers::pi / 180), 0.5);
        run(10.2);
        const double halfway =
            source.trueOrientation(10.2).angleTo(before) * 180 / std::numbers::pi;
        QVERIFY2(halfway > 5 && halfway < 25, qPrintable(QString::number(halfway)));
        run(11);
        const double turned = source.trueOrientation(11).angleTo(before) * 180 / std::numbers::pi;
        QVERIFY2(std::abs(turned - 30) < 1, qPrintable(QString::number(turned)));
        const double tracking = filter.orientation().angleTo(source.trueOrientation((i - 1) * dt)) *
                                180 / std::numbers::pi;
        QVERIFY2(tracking < 2, qPrintable(QString::number(tracking)));

        source.knock({0, 0, 1.5}, 0.05);
        const MotionSample hit = source.readMotion(i++ * dt);
        QVERIFY(hit.accel->norm() > 2.3);
        source.readMotion(i++ * dt);
        source.readMotion(i++ * dt);
        QVERIFY(std::abs(source.readMotion(i++ * dt).accel->norm() - 1) < 0.05);
    }

    // PICAM_SIMULATED_KNOCK_SECONDS (screenshots of the event toast): one
    // knock that long after the first sample, in the accelerometer while it
    // lasts, and no other.
    void theKnockVariableKnocksOnce()
    {
        qputenv(SimulatedSource::KnockVariable, "2");
        SimulatedSource source(7);
        qunsetenv(SimulatedSource::KnockVariable);
        const double dt = 0.02;
        QList<double> knocked;
        for (int i = 0; i < 300; ++i) {
            const double t = 100 + i * dt; // the source's clock need not start at 0
            if (std::abs(source.readMotion(t).accel->norm() - 1) > 0.5)
                knocked << t - 100;
        }
        QVERIFY(!knocked.isEmpty());
        QVERIFY2(knocked.first() >= 2 - 1e-9 && knocked.last() < 2.2,
                 qPrintable(QString::number(knocked.first())));
        SimulatedSource quiet(7);
        for (int i = 0; i < 300; ++i)
            QVERIFY(std::abs(quiet.readMotion(i * dt).accel->norm() - 1) < 0.5);
    }

    void seedMakesRunsRepeatable()
    {
        SimulatedSource a(5), b(5), c(6);
        QCOMPARE(a.seed(), quint32(5));
        QCOMPARE(a.description(), QStringLiteral("simulated (seed 5)"));
        for (int i = 0; i < 10; ++i) {
            const double t = i * 0.5;
            QCOMPARE(a.readClimate(t).humidity, b.readClimate(t).humidity);
            QCOMPARE(*a.readMotion(t).accel, *b.readMotion(t).accel);
        }
        QVERIFY(a.readClimate(9).humidity != c.readClimate(9).humidity);
        // 0 picks a seed, and says which, so a run can be repeated.
        SimulatedSource random(0);
        QVERIFY(random.seed() != 0);
        QVERIFY(random.description().contains(QString::number(random.seed())));
    }
};

QTEST_GUILESS_MAIN(TestSimulatedSource)
#include "test_simulatedsource.moc"
