// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/statussummary.h"

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
};

QTEST_GUILESS_MAIN(TestStatusSummary)
#include "test_statussummary.moc"
