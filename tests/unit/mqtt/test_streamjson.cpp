// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// StreamJson: the retained picam/{device}/stream payload.

#include "mqtt/streamjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

class TestStreamJson : public QObject
{
    Q_OBJECT

private slots:
    void fields()
    {
        StreamStats s;
        s.connected = true;
        s.fps = 29.97;
        s.bitrate = 1000123.4;
        s.framesDropped = 7;
        s.framesSent = 900;
        s.reconnects = 2;
        s.latencyMs = 23.456;
        s.latencyP99Ms = 41.04;
        s.queueMs = 1.2;
        s.encodeMs = 18.0;
        s.sendMs = 0.3;
        const QJsonObject o = QJsonDocument::fromJson(StreamJson::toJson(s, 42)).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("streaming"));
        QCOMPARE(o.value(QStringLiteral("fps")).toDouble(), 30.0);
        QCOMPARE(o.value(QStringLiteral("bitrate")).toInteger(), 1000123);
        QCOMPARE(o.value(QStringLiteral("dropped_frames")).toInteger(), 7);
        QCOMPARE(o.value(QStringLiteral("frames_sent")).toInteger(), 900);
        QCOMPARE(o.value(QStringLiteral("reconnects")).toInt(), 2);
        QVERIFY(o.value(QStringLiteral("last_error")).isNull());
        QCOMPARE(o.value(QStringLiteral("ts")).toInteger(), 42);
        QCOMPARE(o.value(QStringLiteral("latency_ms")).toDouble(), 23.5);
        QCOMPARE(o.value(QStringLiteral("latency_p99_ms")).toDouble(), 41.0);
        QCOMPARE(o.value(QStringLiteral("queue_ms")).toDouble(), 1.2);
        QCOMPARE(o.value(QStringLiteral("encode_ms")).toDouble(), 18.0);
        QCOMPARE(o.value(QStringLiteral("send_ms")).toDouble(), 0.3);
    }

    void downWithError()
    {
        StreamStats s;
        s.lastError = QStringLiteral("connection refused");
        s.fps = std::numeric_limits<double>::quiet_NaN();
        const QJsonObject o = QJsonDocument::fromJson(StreamJson::toJson(s, 1)).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
        QCOMPARE(o.value(QStringLiteral("last_error")).toString(), s.lastError);
        QCOMPARE(o.value(QStringLiteral("fps")).toDouble(), 0.0);
        QVERIFY(!o.contains(QStringLiteral("latency_ms"))); // nothing measured while down
    }

    // After a recovery the error that caused the reconnect is not the state.
    void connectedHasNoError()
    {
        StreamStats s;
        s.connected = true;
        s.reconnects = 1;
        s.lastError = QStringLiteral("connection refused");
        const QJsonObject o = QJsonDocument::fromJson(StreamJson::toJson(s, 1)).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("streaming"));
        QVERIFY(o.value(QStringLiteral("last_error")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestStreamJson)
#include "test_streamjson.moc"
