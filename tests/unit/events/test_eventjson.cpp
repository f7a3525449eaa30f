// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// EventJson: the event messages' keys and values, both phases, and reading
// back what it wrote (the event log) while refusing anything else.

#include "events/eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

Event motion()
{
    Event e;
    e.type = Event::Type::Motion;
    e.startMs = 1747405435123;
    e.endMs = 1747405441500;
    e.id = Event::makeId(e.type, e.startMs);
    e.peakScore = 0.41666;
    e.zones = {QRectF(0.1, 0.2, 0.3, 0.4), QRectF(0.5, 0.5, 0.25, 0.125)};
    e.snapshot = e.id + QStringLiteral(".jpg");
    e.clip = e.id + QStringLiteral(".mp4");
    return e;
}

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << json;
    return o;
}

} // namespace

class TestEventJson : public QObject
{
    Q_OBJECT
private slots:
    void idSortsByStartInUtc()
    {
        QCOMPARE(Event::makeId(Event::Type::Motion, 1747405435123),
                 QStringLiteral("20250516-142355-123-motion"));
        QCOMPARE(Event::makeId(Event::Type::Tamper, 0),
                 QStringLiteral("19700101-000000-000-tamper"));
        QCOMPARE(Event::typeFromName(QStringLiteral("tamper")), Event::Type::Tamper);
        QVERIFY(!Event::typeFromName(QStringLiteral("Motion")));
    }

    void motionAtItsEnd()
    {
        const Event e = motion();
        const QJsonObject o =
            parsed(EventJson::toJson(e, QStringLiteral("pi-1"), EventJson::Phase::End));
        QCOMPARE(o.value("id").toString(), e.id);
        QCOMPARE(o.value("type").toString(), QStringLiteral("motion"));
        QCOMPARE(o.value("phase").toString(), QStringLiteral("end"));
        QCOMPARE(o.value("device").toString(), QStringLiteral("pi-1"));
        QCOMPARE(o.value("start").toInteger(), e.startMs);
        QCOMPARE(o.value("end").toInteger(), e.endMs);
        QCOMPARE(o.value("peak_score").toDouble(), 0.417);
        QCOMPARE(o.value("snapshot").toString(), e.snapshot);
        QCOMPARE(o.value("clip").toString(), e.clip);
        const QJsonArray zones = o.value("zones").toArray();
        QCOMPARE(zones.size(), 2);
        QCOMPARE(zones.at(1).toObject().value("h").toDouble(), 0.125);
        QVERIFY(!o.contains("degrees"));
        QVERIFY(!o.contains("g"));
    }

    // At the start nothing is known of the end or the snapshot yet; the
    // clip is being written.
    void motionAtItsStart()
    {
        const QJsonObject o =
            parsed(EventJson::toJson(motion(), QStringLiteral("pi-1"), EventJson::Phase::Start));
        QCOMPARE(o.value("phase").toString(), QStringLiteral("start"));
        QVERIFY(o.value("end").isNull());
        QVERIFY(o.value("snapshot").isNull());
        QCOMPARE(o.value("clip").toString(), motion().clip);
        QCOMPARE(o.value("start").toInteger(), motion().startMs);
    }

    void tamper()
    {
        Event e;
        e.type = Event::Type::Tamper;
        e.startMs = 1000;
        e.endMs = 2000;
        e.id = Event::makeId(e.type, e.startMs);
        e.degrees = 23.456;
        e.g = 0.8123;
        e.peakScore = 2.3456;
        const QJsonObject o =
            parsed(EventJson::toJson(e, QStringLiteral("pi-1"), EventJson::Phase::End));
        QCOMPARE(o.value("type").toString(), QStringLiteral("tamper"));
        QCOMPARE(o.value("degrees").toDouble(), 23.5);
        QCOMPARE(o.value("g").toDouble(), 0.81);
        QVERIFY(!o.contains("zones"));
        QVERIFY(o.value("snapshot").isNull());
        QVERIFY(o.value("clip").isNull()); // recording off
    }

    // A clip name is a plain file name: a garbled log names nothing else.
    void clipOnlyAPlainName()
    {
        for (const QString &bad : {QStringLiteral("../etc/passwd.mp4"),
                                   QStringLiteral("/tmp/x.mp4"), QStringLiteral("x.jpg")}) {
            Event e = motion();
            e.clip = bad;
            const auto back = EventJson::fromJson(
                EventJson::toJson(e, QStringLiteral("pi-1"), EventJson::Phase::End));
            QVERIFY(back);
            QVERIFY2(back->clip.isEmpty(), qPrintable(bad));
        }
    }

    void readsBackWhatItWrote()
    {
        Event e = motion();
        e.peakScore = 0.417;
        const auto back = EventJson::fromJson(
            EventJson::toJson(e, QStringLiteral("pi-1"), EventJson::Phase::End));
        QVERIFY(back);
        QCOMPARE(*back, e);
    }

    void refusesWhatItDidNotWrite_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("garbage") << QByteArray("\x01\xff{not json", 11);
        QTest::addRow("array") << QByteArray("[1,2]");
        QTest::addRow("no id") << QByteArray(R"({"type":"motion","start":1,"end":2})");
        QTest::addRow("empty id") << QByteArray(R"({"id":"","type":"motion","start":1,"end":2})");
        QTest::addRow("unknown type")
            << QByteArray(R"({"id":"a","type":"fire","start":1,"end":2})");
        QTest::addRow("start a string")
            << QByteArray(R"({"id":"a","type":"motion","start":"1","end":2})");
        QTest::addRow("negative start")
            << QByteArray(R"({"id":"a","type":"motion","start":-5,"end":2})");
        QTest::addRow("fractional end")
            << QByteArray(R"({"id":"a","type":"motion","start":1,"end":2.5})");
        QTest::addRow("torn") << QByteArray("{\"id\":\"a\",\"type\":\"motion\",\"start\":1,\"en");
    }
    void refusesWhatItDidNotWrite()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!EventJson::fromJson(json));
    }
};

QTEST_GUILESS_MAIN(TestEventJson)
#include "test_eventjson.moc"
