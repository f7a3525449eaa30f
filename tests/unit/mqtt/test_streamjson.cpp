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
        const QJsonObject o = QJsonDocument::fromJson(StreamJson::toJson(s, 42)).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("streaming"));
        QCOMPARE(o.value(QStringLiteral("fps")).toDouble(), 30.0);
        QCOMPARE(o.value(QStringLiteral("bitrate")).toInteger(), 1000123);
        QCOMPARE(o.value(QStringLiteral("dropped_frames")).toInteger(), 7);
        QCOMPARE(o.value(QStringLiteral("frames_sent")).toInteger(), 900);
        QCOMPARE(o.value(QStringLiteral("reconnects")).toInt(), 2);
        QVERIFY(o.value(QStringLiteral("last_error")).isNull());
        QCOMPARE(o.value(QStringLiteral("ts")).toInteger(), 42);
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
    }
};

QTEST_GUILESS_MAIN(TestStreamJson)
#include "test_streamjson.moc"
