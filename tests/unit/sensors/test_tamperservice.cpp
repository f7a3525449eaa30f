// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// TamperService fed by the real sampler: a knock at the LSM9DS1's registers
// (simulated register map, the chip's own conversion) and a turn of the
// simulated Sense HAT through SensorService's thread, each one event.

#include "config/settings.h"
#include "sensors/sensehatsource.h"
#include "sensors/sensorsampler.h"
#include "sensors/sensorservice.h"
#include "sensors/simulatedsource.h"
#include "sensors/tamperservice.h"
#include "simulatedregistermap.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numbers>

namespace {
void set(Settings &settings, const QString &assignment)
{
    const auto problem = settings.override(assignment);
    QVERIFY2(problem.message.isEmpty(), qPrintable(problem.message));
}
} // namespace

class TestTamperService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<TamperInfo>();
        qRegisterMetaType<Service::State>();
    }

    void knockAtTheRegistersIsOneEvent()
    {
        Settings settings;
        set(settings, QStringLiteral("tamper/settle_seconds=0.5"));
        auto bus = std::make_unique<SimulatedBus>();
        auto physics = std::make_shared<SenseHatChips::ImuPhysics>();
        bus->add(SenseHatChips::hts221());
        const auto imu = SenseHatChips::lsm9ds1AccelGyro(physics);
        bus->add(imu);
        bus->add(SenseHatChips::lsm9ds1Magnetometer(physics));
        QTemporaryDir dir;
        SenseHatSource::Options options;
        options.iioRoot = dir.path();
        options.thermalPath = dir.filePath(QStringLiteral("none"));
        auto source = std::make_unique<SenseHatSource>(std::move(bus), options);
        QVERIFY(source->probe(0) >= 2);
        // The sampler on this thread, as the service's thread would run it.
        SensorSampler sampler(SensorSampler::Config{}, std::move(source));
        TamperService tamper(settings);
        connect(&sampler, &SensorSampler::attitudeSampled, &tamper, &TamperService::addSample);
        QSignalSpy started(&tamper, &TamperService::tamperStarted);
        QSignalSpy ended(&tamper, &TamperService::tamperEnded);
        tamper.start();
        QCOMPARE(tamper.state(), Service::State::Starting);
        sampler.start();
        QTRY_COMPARE_WITH_TIMEOUT(tamper.state(), Service::State::Running, 20000);
        // Standing still for a while: nothing.
        QSignalSpy samples(&sampler, &SensorSampler::attitudeSampled);
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 25, 20000);
        QCOMPARE(started.count(), 0);

        // The chip's output registers show the shock until the sampler has
        // read it (onWrite() makes the map convert the physics again).
        physics->accel = {0.2, 0.1, 1.9};
        imu->onWrite();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20000);
        physics->accel = {0, 0, 1};
        imu->onWrite();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
        const auto info = ended.first().first().value<TamperInfo>();
        QVERIFY2(info.peakG > 0.85 && info.peakG < 1.0, qPrintable(QString::number(info.peakG)));
        QVERIFY(info.startMs > 0 && info.endMs >= info.startMs);
        QCOMPARE(started.count(), 1);
    }

    void turnThroughTheServiceIsOneEvent()
    {
        Settings settings;
        set(settings, QStringLiteral("tamper/settle_seconds=0.5"));
        SensorService sensors(settings);
        SimulatedSource *simulation = nullptr;
        sensors.setSourceFactory([&simulation] {
            auto source = std::make_unique<SimulatedSource>(9);
            simulation = source.get();
            return source;
        });
        TamperService tamper(settings);
        connect(&sensors, &SensorService::attitudeSampled, &tamper, &TamperService::addSample);
        QSignalSpy started(&tamper, &TamperService::tamperStarted);
        QSignalSpy ended(&tamper, &TamperService::tamperEnded);
        tamper.start();
        sensors.start();
        QTRY_COMPARE_WITH_TIMEOUT(tamper.state(), Service::State::Running, 20000);
        QVERIFY(simulation);
        QSignalSpy samples(&sensors, &SensorService::attitudeSampled);
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 25, 20000);
        QCOMPARE(started.count(), 0);

        // Panned by 40 degrees (tilt() is safe from this thread).
        simulation->tilt(Quaternion::fromAxisAngle({0, 0, 1}, 40 * std::numbers::pi / 180), 0.2);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
        const auto info = ended.first().first().value<TamperInfo>();
        QVERIFY2(info.peakDegrees > 30 && info.peakDegrees < 50,
                 qPrintable(QString::number(info.peakDegrees)));
        QCOMPARE(started.count(), 1);
        sensors.stop();
    }

    void stoppingEndsTheEvent()
    {
        Settings settings;
        TamperService tamper(settings);
        QSignalSpy started(&tamper, &TamperService::tamperStarted);
        QSignalSpy ended(&tamper, &TamperService::tamperEnded);
        tamper.start();
        tamper.addSample({1.0, 1000, {}, {0, 0, 1}});
        QCOMPARE(tamper.state(), Service::State::Running);
        tamper.addSample({1.02, 1020, {}, {0, 0, 2}});
        QCOMPARE(started.count(), 1);
        QVERIFY(tamper.isActive());
        tamper.stop();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().first().value<TamperInfo>().endMs, 1020);
        QVERIFY(!tamper.isActive());
    }

    void disabledStopsAndIgnoresSamples()
    {
        Settings settings;
        set(settings, QStringLiteral("tamper/enabled=false"));
        TamperService tamper(settings);
        QSignalSpy started(&tamper, &TamperService::tamperStarted);
        tamper.start();
        tamper.addSample({1.0, 1000, {}, {0, 0, 1}});
        tamper.addSample({1.02, 1020, {}, {0, 0, 3}});
        QTRY_COMPARE(tamper.state(), Service::State::Stopped);
        QCOMPARE(started.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTamperService)
#include "test_tamperservice.moc"
