// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "sensors/sensorservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
void set(Settings &settings, const char *assignment)
{
    const auto problem = settings.override(QString::fromLatin1(assignment));
    QVERIFY2(problem.message.isEmpty(), qPrintable(problem.message));
}
} // namespace

class TestSensorService : public QObject
{
    Q_OBJECT
private slots:
    // The screen's readings come about every second even when the published
    // ones are 30 s apart: the gauges never wait for mqtt/interval.
    void liveReadingsIgnoreTheInterval()
    {
        Settings settings;
        set(settings, "sensors/source=simulated");
        set(settings, "mqtt/interval=30");
        SensorService service(settings);
        QSignalSpy readings(&service, &SensorService::readingReady);
        QSignalSpy live(&service, &SensorService::liveReadingReady);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(live.count() >= 3, 20000);
        QCOMPARE(readings.count(), 0);
        QVERIFY(live.last().first().value<SensorReading>().value(SensorReading::Humidity));
        service.stop();
    }

    void emitsReadingsAtTheInterval()
    {
        Settings settings;
        set(settings, "sensors/source=simulated");
        set(settings, "sensors/seed=42");
        set(settings, "mqtt/interval=0.2");
        SensorService service(settings);
        QCOMPARE(service.name(), QStringLiteral("sensors"));
        QSignalSpy readings(&service, &SensorService::readingReady);
        QSignalSpy attitude(&service, &SensorService::attitudeChanged);
        QSignalSpy description(&service, &SensorService::sourceDescriptionChanged);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), Service::State::Running, 20000);
        QCOMPARE(service.sourceDescription(), QStringLiteral("simulated (seed 42)"));
        QCOMPARE(description.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 4, 30000);
        QVERIFY(attitude.count() > 0);

        // Readings never come faster than the interval (200 ms; Qt's coarse
        // timers may fire up to 5 % early). Later is allowed: a loaded
        // machine delays timers.
        for (int i = 1; i < readings.count(); ++i) {
            const auto a = readings.at(i - 1).first().value<SensorReading>();
            const auto b = readings.at(i).first().value<SensorReading>();
            QVERIFY2(b.timestampMs - a.timestampMs >= 150,
                     qPrintable(QString::number(b.timestampMs - a.timestampMs)));
        }
        const auto last = readings.last().first().value<SensorReading>();
        QCOMPARE(service.latest().timestampMs, last.timestampMs);
        QVERIFY(last.missing().isEmpty());
        const double humidity = *last.value(SensorReading::Humidity);
        QVERIFY(humidity >= 35 && humidity <= 55);

        // Stopped: the thread is gone and nothing more arrives.
        service.stop();
        QCOMPARE(service.state(), Service::State::Stopped);
        const int count = readings.count();
        QTest::qWait(500);
        QCOMPARE(readings.count(), count);

        // A restart picks up changed settings.
        set(settings, "sensors/seed=43");
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(service.sourceDescription(),
                                  QStringLiteral("simulated (seed 43)"), 20000);
        QVERIFY(readings.wait(20000));
    }

    void missingSenseHatFailsWithTheReason()
    {
        QTemporaryDir dir;
        const QString bus = dir.filePath(QStringLiteral("i2c-7"));
        Settings settings;
        set(settings, "sensors/source=sensehat");
        QVERIFY(settings.override(QStringLiteral("sensors/i2c_bus=") + bus).message.isEmpty());
        SensorService service(settings);
        service.setSystemPaths(dir.path(), dir.filePath(QStringLiteral("temp")));
        QSignalSpy readings(&service, &SensorService::readingReady);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), Service::State::Failed, 20000);
        QVERIFY2(service.lastError().contains(bus), qPrintable(service.lastError()));
        QVERIFY(service.lastError().contains(QLatin1String("HTS221")));
        QVERIFY(service.lastError().contains(QLatin1String("sensors/source")));
        QCOMPARE(service.sourceDescription(), QStringLiteral("none"));
        QCOMPARE(readings.count(), 0);
    }

    void destroyedWhileRunning()
    {
        Settings settings;
        set(settings, "sensors/source=simulated");
        set(settings, "mqtt/interval=0.1");
        auto service = std::make_unique<SensorService>(settings);
        QSignalSpy readings(service.get(), &SensorService::readingReady);
        service->start();
        QVERIFY(readings.wait(20000));
        service.reset(); // quit() and wait() in the destructor
    }
};

QTEST_GUILESS_MAIN(TestSensorService)
#include "test_sensorservice.moc"
