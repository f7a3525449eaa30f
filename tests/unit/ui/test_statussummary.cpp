// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/statussummary.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
// A service the test drives through its states (the seam the real stream
// and MQTT services report through).
class ScriptedService : public Service
{
public:
    using Service::Service;
    void retrying(const QString &why, std::chrono::milliseconds in) { reportRetrying(why, in); }
    void failed(const QString &why) { reportFailed(why); }

protected:
    void startService() override { reportRunning(); }
    void stopService() override {}
};
} // namespace

class TestStatusSummary : public QObject
{
    Q_OBJECT
private slots:
    void withoutServices()
    {
        StatusSummary status;
        QVERIFY(!status.streamAvailable());
        QCOMPARE(status.streamText(), QStringLiteral("Stream not available"));
        QCOMPARE(status.mqttText(), QStringLiteral("MQTT not available"));
        QCOMPARE(status.streamLevel(), StatusSummary::Level::Idle);
    }

    void streamStates()
    {
        ScriptedService stream(QStringLiteral("stream"));
        StatusSummary status;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        status.setClock([now] { return now; });
        QSignalSpy changed(&status, &StatusSummary::streamChanged);
        status.setStreamService(&stream);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(status.streamText(), QStringLiteral("Stream off"));
        QVERIFY(!status.streaming());

        changed.clear();
        status.setStreaming(true);
        QVERIFY(changed.count() >= 1);
        QVERIFY(status.streaming());
        QCOMPARE(status.streamText(), QStringLiteral("Connecting…"));

        StreamStats stats;
        stats.connected = true;
        stats.fps = 29.7;
        stats.bitrate = 1'460'000;
        changed.clear();
        status.setStreamStats(stats);
        QCOMPARE(changed.count(), 1);
        status.setStreamStats(stats); // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.streamText(), QStringLiteral("Live · 30 fps · 1.5 Mbit/s"));
        QCOMPARE(status.streamLevel(), StatusSummary::Level::Good);

        changed.clear();
        stream.retrying(QStringLiteral("connection refused"), 4000ms);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(status.streamLevel(), StatusSummary::Level::Warning);
        QVERIFY2(status.streamText().startsWith(QStringLiteral("Reconnecting in ")),
                 qPrintable(status.streamText()));
        QVERIFY2(status.streamText().endsWith(QStringLiteral(" s · connection refused")),
                 qPrintable(status.streamText()));
        const int seconds = status.streamText().section(QLatin1Char(' '), 2, 2).toInt();
        QVERIFY2(seconds >= 3 && seconds <= 5, qPrintable(status.streamText()));
        // The countdown ticks on its own.
        QVERIFY(QSignalSpy(&status, &StatusSummary::streamChanged).wait(3000));

        stream.failed(QStringLiteral("stream/url: server refused the path"));
        QCOMPARE(status.streamText(), QStringLiteral("stream/url: server refused the path"));
        QCOMPARE(status.streamLevel(), StatusSummary::Level::Error);

        status.setStreaming(false);
        QCOMPARE(status.streamText(), QStringLiteral("Stream off"));
    }

    void mqttStates()
    {
        ScriptedService mqtt(QStringLiteral("mqtt"));
        StatusSummary status;
        status.setMqttService(&mqtt);
        QSignalSpy changed(&status, &StatusSummary::mqttChanged);
        mqtt.start();
        QVERIFY(changed.count() >= 1);
        QCOMPARE(status.mqttText(), QStringLiteral("MQTT connected"));

        MqttStats stats;
        stats.buffered = 12;
        changed.clear();
        status.setMqttStats(stats);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.mqttText(), QStringLiteral("MQTT buffering 12 reading(s)"));
        QCOMPARE(status.mqttLevel(), StatusSummary::Level::Warning);

        mqtt.failed(QStringLiteral("mqtt/url: not authorised"));
        QCOMPARE(status.mqttText(), QStringLiteral("mqtt/url: not authorised"));
    }

    void mqttSaysWhenTheCardCannotBeWritten()
    {
        ScriptedService mqtt(QStringLiteral("mqtt"));
        StatusSummary status;
        status.setMqttService(&mqtt);
        mqtt.start();
        MqttStats stats;
        stats.storageProblem = QStringLiteral("readings kept in memory only: cannot write");
        status.setMqttStats(stats);
        QCOMPARE(status.mqttText(), QStringLiteral("MQTT connected · the card cannot be written"));
        QCOMPARE(status.mqttLevel(), StatusSummary::Level::Warning);
        mqtt.retrying(QStringLiteral("connection to the broker lost"), std::chrono::seconds(2));
        stats.buffered = 3;
        status.setMqttStats(stats);
        QCOMPARE(status.mqttText(),
                 QStringLiteral("MQTT keeping 3 reading(s) in memory: the card cannot be written"));
        stats.storageProblem.clear();
        status.setMqttStats(stats);
        QCOMPARE(status.mqttText(), QStringLiteral("MQTT buffering 3 reading(s)"));
    }

    void deviceNameFollowsSettings()
    {
        Settings settings;
        StatusSummary status(&settings);
        QSignalSpy spy(&status, &StatusSummary::deviceNameChanged);
        QCOMPARE(settings.setValue(QStringLiteral("device/name"), QStringLiteral("hall-cam")),
                 QString());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(status.deviceName(), QStringLiteral("hall-cam"));
    }

    // The stream button cannot start a stream the settings switch off: it
    // says so, and a start does nothing.
    void streamBlockedWhileOffInSettings()
    {
        Settings settings;
        ScriptedService stream(QStringLiteral("stream"));
        StatusSummary status(&settings);
        QCOMPARE(status.streamBlockedReason(), QStringLiteral("Streaming is not available"));
        status.setStreamService(&stream);
        QCOMPARE(status.streamBlockedReason(), QString());

        QSignalSpy changed(&status, &StatusSummary::streamChanged);
        QCOMPARE(settings.setValue(QStringLiteral("stream/enabled"), QStringLiteral("false")),
                 QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.streamBlockedReason(), QStringLiteral("Streaming is off in Settings"));
        status.setStreaming(true);
        QCOMPARE(stream.state(), Service::State::Stopped);

        QCOMPARE(settings.setValue(QStringLiteral("stream/enabled"), QStringLiteral("true")),
                 QString());
        QCOMPARE(status.streamBlockedReason(), QString());
        status.setStreaming(true);
        QCOMPARE(stream.state(), Service::State::Running);
        // A running stream can always be stopped.
        QCOMPARE(settings.setValue(QStringLiteral("stream/enabled"), QStringLiteral("false")),
                 QString());
        QCOMPARE(status.streamBlockedReason(), QString());
        status.setStreaming(false);
        QCOMPARE(stream.state(), Service::State::Stopped);
    }

    void sensorStates()
    {
        ScriptedService sensors(QStringLiteral("sensors"));
        StatusSummary status;
        QCOMPARE(status.sensorsText(), QStringLiteral("Sensors not available"));
        QSignalSpy changed(&status, &StatusSummary::sensorsChanged);
        status.setSensorService(&sensors);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(status.sensorsText(), QStringLiteral("Sensors off"));
        sensors.start();
        QCOMPARE(status.sensorsText(), QStringLiteral("Sensors working"));
        QCOMPARE(status.sensorsLevel(), StatusSummary::Level::Good);
        sensors.failed(QStringLiteral("sensors/i2c_bus: /dev/i2c-1 missing"));
        QCOMPARE(status.sensorsText(), QStringLiteral("sensors/i2c_bus: /dev/i2c-1 missing"));
        QCOMPARE(status.sensorsLevel(), StatusSummary::Level::Error);
    }

    // The last error any service reported stays, with its time and the
    // service's name, after the service recovers.
    void lastErrorOfAnyService()
    {
        ScriptedService stream(QStringLiteral("stream"));
        ScriptedService mqtt(QStringLiteral("mqtt"));
        StatusSummary status;
        const QDateTime at(QDate(2026, 11, 29), QTime(14, 3, 12));
        status.setClock([at] { return at.toUTC(); });
        status.setErrorSources({&stream, &mqtt});
        QCOMPARE(status.lastError(), QString());
        QSignalSpy changed(&status, &StatusSummary::lastErrorChanged);
        stream.start();
        mqtt.start();
        stream.retrying(QStringLiteral("connection refused"), 4000ms);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.lastError(), QStringLiteral("14:03:12 stream: connection refused"));
        mqtt.failed(QStringLiteral("mqtt/url: not authorised"));
        QCOMPARE(status.lastError(), QStringLiteral("14:03:12 mqtt: mqtt/url: not authorised"));
        mqtt.stop();
        mqtt.start(); // recovered: the error is still the last one seen
        QCOMPARE(status.lastError(), QStringLiteral("14:03:12 mqtt: mqtt/url: not authorised"));
    }

    // Numbers in the screen's language (the default locale): German commas.
    void streamFiguresInTheDefaultLocale()
    {
        ScriptedService stream(QStringLiteral("stream"));
        StatusSummary status;
        status.setStreamService(&stream);
        stream.start();
        StreamStats stats;
        stats.connected = true;
        stats.fps = 29.6;
        stats.bitrate = 1.54e6;
        status.setStreamStats(stats);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(status.streamText(), QStringLiteral("Live · 30 fps · 1,5 Mbit/s"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(status.streamText(), QStringLiteral("Live · 30 fps · 1.5 Mbit/s"));
    }
};

QTEST_GUILESS_MAIN(TestStatusSummary)
#include "test_statussummary.moc"
