// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// MqttCommand: the three commands and their payloads are taken; any other
// topic, payload, length or byte is refused with a reason that shows what
// came, escaped.

#include "mqtt/mqttcommand.h"

#include <QTest>

using MqttCommand::Command;
using MqttCommand::Kind;

Q_DECLARE_METATYPE(Kind)

class TestMqttCommand : public QObject
{
    Q_OBJECT
private slots:
    void topics()
    {
        QCOMPARE(MqttCommand::filter(QStringLiteral("pi-1")), QStringLiteral("picam/pi-1/set/+"));
        QCOMPARE(MqttCommand::commandTopic(QStringLiteral("pi-1"), Kind::Stream),
                 QStringLiteral("picam/pi-1/set/stream"));
        QCOMPARE(MqttCommand::stateTopic(QStringLiteral("pi-1"), Kind::Detection),
                 QStringLiteral("picam/pi-1/state/detection"));
        QCOMPARE(MqttCommand::refusedTopic(QStringLiteral("pi-1")),
                 QStringLiteral("picam/pi-1/state/refused"));
    }

    void taken_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("on");
        QTest::addRow("snapshot empty") << "snapshot" << QByteArray() << Kind::Snapshot << false;
        QTest::addRow("snapshot PRESS")
            << "snapshot" << QByteArray("PRESS") << Kind::Snapshot << false;
        QTest::addRow("stream ON") << "stream" << QByteArray("ON") << Kind::Stream << true;
        QTest::addRow("stream off") << "stream" << QByteArray("off") << Kind::Stream << false;
        QTest::addRow("stream 1") << "stream" << QByteArray("1") << Kind::Stream << true;
        QTest::addRow("detection false\\n")
            << "detection" << QByteArray("false\n") << Kind::Detection << false;
        QTest::addRow("detection  On ")
            << "detection" << QByteArray(" On ") << Kind::Detection << true;
    }
    void taken()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, payload);
        QFETCH(Kind, kind);
        QFETCH(bool, on);
        const auto parsed = MqttCommand::parse(
            QStringLiteral("pi-1"), QStringLiteral("picam/pi-1/set/") + command, payload);
        QVERIFY2(parsed.command, qPrintable(parsed.error));
        QCOMPARE(parsed.command->kind, kind);
        QCOMPARE(parsed.command->on, on);
        QVERIFY(parsed.error.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason");
        QTest::addRow("another device")
            << "picam/pi-2/set/stream" << QByteArray("ON") << "not a command topic";
        QTest::addRow("not set") << "picam/pi-1/stream" << QByteArray("ON")
                                 << "not a command topic";
        QTest::addRow("unknown") << "picam/pi-1/set/reboot" << QByteArray("ON")
                                 << "unknown command \"reboot\"";
        QTest::addRow("deeper") << "picam/pi-1/set/stream/x" << QByteArray("ON")
                                << "unknown command \"stream/x\"";
        QTest::addRow("stream maybe") << "picam/pi-1/set/stream" << QByteArray("maybe")
                                      << "payload \"maybe\" for stream: send ON or OFF";
        QTest::addRow("stream empty")
            << "picam/pi-1/set/stream" << QByteArray() << "payload \"\" for stream: send ON or OFF";
        QTest::addRow("detection JSON")
            << "picam/pi-1/set/detection" << QByteArray("{\"on\":true}") << "send ON or OFF";
        QTest::addRow("snapshot ON")
            << "picam/pi-1/set/snapshot" << QByteArray("ON") << "send PRESS or nothing";
        QTest::addRow("too long") << "picam/pi-1/set/stream" << QByteArray(33, 'O')
                                  << "payload of 33 bytes is too long";
        QTest::addRow("NUL") << "picam/pi-1/set/stream" << QByteArray("ON\0", 3)
                             << "payload \"ON\\x00\" is not plain text";
        QTest::addRow("ESC") << "picam/pi-1/set/detection" << QByteArray("\x1b[2JON")
                             << "payload \"\\x1b[2JON\" is not plain text";
        QTest::addRow("UTF-8") << "picam/pi-1/set/stream" << QByteArray("\xc3\x96N")
                               << "payload \"\\xc3\\x96N\" is not plain text";
    }
    void refused()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        const auto parsed = MqttCommand::parse(QStringLiteral("pi-1"), topic, payload);
        QVERIFY(!parsed.command);
        QVERIFY2(parsed.error.contains(reason), qPrintable(parsed.error));
    }

    void shownIsBounded()
    {
        QCOMPARE(MqttCommand::shown(QByteArray(100, 'a')), QString(32, QLatin1Char('a')) + "...");
        QCOMPARE(MqttCommand::shown("a\\b"), QStringLiteral("a\\x5cb"));
    }
};

QTEST_GUILESS_MAIN(TestMqttCommand)
#include "test_mqttcommand.moc"
