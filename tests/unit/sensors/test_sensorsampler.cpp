// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensors/sensehatsource.h"
#include "sensors/sensorsampler.h"
#include "sensors/simulatedsource.h"
#include "simulatedregistermap.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSensorSampler : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<SensorReading>(); }

    void sourceSelection()
    {
        QTemporaryDir dir;
        SensorSampler::Config config;
        config.i2cBus = dir.filePath(QStringLiteral("i2c-7")); // no such bus
        config.iioRoot = dir.path();
        config.seed = 5;
        QString error;

        config.source = QStringLiteral("simulated");
        auto s = SensorSampler::createSource(config, &error);
        QVERIFY(s);
        QCOMPARE(s->description(), QStringLiteral("simulated (seed 5)"));

        // auto: no chip answers, so the simulation.
        config.source = QStringLiteral("auto");
        s = SensorSampler::createSource(config, &error);
        QVERIFY(s);
        QCOMPARE(s->description(), QStringLiteral("simulated (seed 5)"));

        // sensehat asked for explicitly: an error naming the bus.
        config.source = QStringLiteral("sensehat");
        s = SensorSampler::createSource(config, &error);
        QVERIFY(!s);
        QVERIFY2(error.contains(config.i2cBus), qPrintable(error));
    }

    void readingsCarryEveryField()
    {
        SensorSampler::Config config;
        config.intervalMs = 100;
        SensorSampler sampler(config, std::make_unique<SimulatedSource>(3));
        QSignalSpy started(&sampler, &SensorSampler::started);
        QSignalSpy readings(&sampler, &SensorSampler::readingReady);
        QSignalSpy attitude(&sampler, &SensorSampler::attitudeChanged);
        QSignalSpy sampled(&sampler, &SensorSampler::attitudeSampled);
        sampler.start();
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toString(), QStringLiteral("simulated (seed 3)"));
        QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 3, 20000);
        const auto r = readings.last().first().value<SensorReading>();
        QVERIFY2(r.missing().isEmpty(), qPrintable(r.missing().join(QLatin1Char(','))));
        QVERIFY(r.value(SensorReading::CpuTemperature));
        QVERIFY(r.value(SensorReading::CompensatedTemperature));
        QVERIFY(r.timestampMs > 0);
        QVERIFY(std::abs(*r.value(SensorReading::AccelZ) - 1.0) < 0.05);
        QVERIFY(attitude.count() > 0);
        // Every motion sample's pose (50 Hz) goes out, the screen's 10 Hz
        // attitude is a fifth of them.
        QVERIFY2(sampled.count() >= 3 * attitude.count(),
                 qPrintable(QStringLiteral("%1 samples, %2 attitudes")
                                .arg(sampled.count())
                                .arg(attitude.count())));
        double last = -1;
        for (const auto &args : sampled) {
            const auto s = args.first().value<AttitudeSample>();
            QVERIFY(s.time > last);
            last = s.time;
            QVERIFY(std::abs(s.accel.norm() - 1.0) < 0.05);
            QVERIFY(s.wallMs > 0);
        }
        for (const auto &args : attitude) {
            for (int i = 0; i < 3; ++i) {
                const double angle = args.at(i).toDouble();
                QVERIFY(angle >= 0 && angle < 360);
            }
        }
    }

    // The screen's gauges at their own pace: a live reading at once and then
    // about every second, however long mqtt/interval is.
    void liveReadingsComeAtTheirOwnPace()
    {
        SensorSampler::Config config;
        config.intervalMs = 3'600'000; // an hour between published readings
        config.livePeriodMs = 200;
        SensorSampler sampler(config, std::make_unique<SimulatedSource>(4));
        QSignalSpy readings(&sampler, &SensorSampler::readingReady);
        QSignalSpy live(&sampler, &SensorSampler::liveReadingReady);
        sampler.start();
        QCOMPARE(live.count(), 1); // at once, not one period later
        QTRY_VERIFY_WITH_TIMEOUT(live.count() >= 4, 20000);
        QCOMPARE(readings.count(), 0);
        const auto r = live.last().first().value<SensorReading>();
        QVERIFY(r.value(SensorReading::Humidity));
        QVERIFY(r.value(SensorReading::Pressure));
        QVERIFY(r.timestampMs > 0);
    }

    void liveReadingsCanBeTurnedOff()
    {
        SensorSampler::Config config;
        config.intervalMs = 100;
        config.livePeriodMs = 0;
        SensorSampler sampler(config, std::make_unique<SimulatedSource>(4));
        QSignalSpy readings(&sampler, &SensorSampler::readingReady);
        QSignalSpy live(&sampler, &SensorSampler::liveReadingReady);
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 2, 20000);
        QCOMPARE(live.count(), 0);
    }

    void chipFailingWhileRunningIsReported()
    {
        auto bus = std::make_unique<SimulatedBus>();
        auto hts = SenseHatChips::hts221();
        auto physics = std::make_shared<SenseHatChips::ImuPhysics>();
        bus->add(hts);
        bus->add(SenseHatChips::lps25h());
        bus->add(SenseHatChips::lsm9ds1AccelGyro(physics));
        bus->add(SenseHatChips::lsm9ds1Magnetometer(physics));
        QTemporaryDir dir;
        SenseHatSource::Options options;
        options.iioRoot = dir.path();
        options.thermalPath = dir.filePath(QStringLiteral("none"));
        auto source = std::make_unique<SenseHatSource>(std::move(bus), options);
        QCOMPARE(source->probe(0), 3);
        SensorSampler::Config config;
        config.intervalMs = 100;
        SensorSampler sampler(config, std::move(source));
        QSignalSpy readings(&sampler, &SensorSampler::readingReady);
        QSignalSpy description(&sampler, &SensorSampler::sourceDescriptionChanged);
        QSignalSpy errors(&sampler, &SensorSampler::errorCountChanged);
        sampler.start();
        QVERIFY(readings.wait(20000));
        QVERIFY(readings.last().first().value<SensorReading>().value(SensorReading::Humidity));
        QCOMPARE(errors.count(), 0);

        hts->fault = SimulatedRegisterMap::Fault::Fail;
        QTRY_VERIFY_WITH_TIMEOUT(!description.isEmpty(), 20000);
        QVERIFY2(description.last().first().toString().contains(QLatin1String("HTS221 failed")),
                 qPrintable(description.last().first().toString()));
        QVERIFY(errors.last().first().toInt() >= ChipHealth::FailAfter);
        readings.clear();
        QVERIFY(readings.wait(20000));
        const auto r = readings.last().first().value<SensorReading>();
        QVERIFY(!r.value(SensorReading::Humidity));
        QVERIFY(!r.value(SensorReading::TempHumidity));
        QVERIFY(r.value(SensorReading::Pressure));
        QVERIFY(r.value(SensorReading::Pitch));
    }

    void missingChipsGiveAbsentFields()
    {
        // Only the HTS221 on the bus.
        auto bus = std::make_unique<SimulatedBus>();
        bus->add(SenseHatChips::hts221());
        QTemporaryDir dir;
        SenseHatSource::Options options;
        options.iioRoot = dir.path();
        options.thermalPath = dir.filePath(QStringLiteral("none"));
        auto source = std::make_unique<SenseHatSource>(std::move(bus), options);
        QCOMPARE(source->probe(0), 1);
        SensorSampler::Config config;
        config.intervalMs = 100;
        SensorSampler sampler(config, std::move(source));
        QSignalSpy readings(&sampler, &SensorSampler::readingReady);
        sampler.start();
        QVERIFY(readings.wait(20000));
        const auto r = readings.last().first().value<SensorReading>();
        QCOMPARE(r.value(SensorReading::Humidity), std::optional<double>(52.0));
        QCOMPARE(r.missing(), (QStringList{"temp_pressure", "pressure", "pitch", "roll", "yaw",
                                           "accel_x", "accel_y", "accel_z"}));
        QVERIFY(!r.value(SensorReading::CpuTemperature)); // no thermal zone file
        QVERIFY(!r.value(SensorReading::CompensatedTemperature));
    }
};

QTEST_GUILESS_MAIN(TestSensorSampler)
#include "test_sensorsampler.moc"
