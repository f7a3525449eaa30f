// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "system/logging.h"
#include "system/redact.h"

#include <QTest>

class TestLogging : public QObject
{
    Q_OBJECT
private slots:
    void masksPasswordsInUrls_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("rtsp") << "rtsp://cam:s3cret@host:8554/cam"
                              << "rtsp://cam:***@host:8554/cam";
        QTest::newRow("in text") << "connecting to wss://u:p%40ss@broker/mqtt now"
                                 << "connecting to wss://u:***@broker/mqtt now";
        QTest::newRow("at in password") << "tcp://u:a@b@host:1883"
                                        << "tcp://u:***@host:1883";
        QTest::newRow("no password") << "rtsp://host:8554/cam"
                                     << "rtsp://host:8554/cam";
        QTest::newRow("user only") << "rtsp://user@host/cam"
                                   << "rtsp://user@host/cam";
        QTest::newRow("two urls") << "a://x:1@h b://y:2@k"
                                  << "a://x:***@h b://y:***@k";
        QTest::newRow("slash in password") << "tcp://u:pa/ss@host:1883"
                                           << "tcp://u:***@host:1883";
        QTest::newRow("no user") << "tcp://:pw@host"
                                 << "tcp://:***@host";
    }
    void masksPasswordsInUrls()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Redact::credentialsInText(in), out);
    }

    // A settings value in any message: quoted, masked, one line.
    void quotedValue_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "61"
                               << "\"61\"";
        QTest::newRow("mqtt url") << "tcp://u:secret@h:1883"
                                  << "\"tcp://u:***@h:1883\"";
        QTest::newRow("rtsp url") << "rtsp://u:secret@h:8554/cam"
                                  << "\"rtsp://u:***@h:8554/cam\"";
        QTest::newRow("rtsps, no path") << "rtsps://u:secret@h:8322"
                                        << "\"rtsps://u:***@h:8322\"";
        // A value is one token: blanks, slashes and '@' in the password are masked too.
        QTest::newRow("blank in password") << "tcp://u:se cret@h"
                                           << "\"tcp://u:***@h\"";
        QTest::newRow("blank in user") << "tcp://my user:secret@h"
                                       << "\"tcp://my user:***@h\"";
        QTest::newRow("slash and at") << "tcp://u:s/e@c@h:1"
                                      << "\"tcp://u:***@h:1\"";
        // A newline cannot end the URL before its password.
        QTest::newRow("newline in password") << "tcp://u:se\ncret@h"
                                             << "\"tcp://u:***@h\"";
        QTest::newRow("esc") << "a\x1b[31mred"
                             << "\"a\\x1b[31mred\"";
        QTest::newRow("nul, del, c1")
            << QString(QStringLiteral("a") + QChar(0) + QChar(0x7f) + QChar(0x85))
            << "\"a\\x00\\x7f\\x85\"";
        QTest::newRow("line separator")
            << QString(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"))
            << "\"a\\u2028b\"";
        QTest::newRow("forged line") << "x\nerror: camera/width: fine"
                                     << "\"x\\x0aerror: camera/width: fine\"";
        QTest::newRow("umlaut stays") << "Küche"
                                      << "\"Küche\"";
    }
    void quotedValue()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Redact::quotedValue(in), out);
        QCOMPARE(Redact::firstControl(Redact::quotedValue(in)), -1);
    }

    void userInfoIsFoundWithOrWithoutPassword()
    {
        QVERIFY(Redact::hasUrlUserInfo(QStringLiteral("tcp://u:p@h")));
        QVERIFY(Redact::hasUrlUserInfo(QStringLiteral("tcp://token@h")));
        QVERIFY(Redact::hasUrlUserInfo(QStringLiteral("see rtsp://u:p w@h/cam")));
        QVERIFY(!Redact::hasUrlUserInfo(QStringLiteral("tcp://h:1883")));
        QVERIFY(!Redact::hasUrlUserInfo(QStringLiteral("me@example.org")));
    }

    void lineHasCategoryAndLevel()
    {
        QCOMPARE(Logging::formatLine(QtWarningMsg, "picam.stream", QStringLiteral("x"), false),
                 QStringLiteral("picam.stream warning: x"));
        QCOMPARE(Logging::formatLine(QtInfoMsg, "default", QStringLiteral("y"), false),
                 QStringLiteral("picam info: y"));
    }

    void journalLinesCarrySyslogPriority()
    {
        QCOMPARE(Logging::formatLine(QtCriticalMsg, "picam.mqtt", QStringLiteral("z"), true),
                 QStringLiteral("<3>picam.mqtt: z"));
        QCOMPARE(Logging::formatLine(QtDebugMsg, "picam.mqtt", QStringLiteral("z"), true),
                 QStringLiteral("<7>picam.mqtt: z"));
    }

    void handlerMasksWhateverTheCallerPassed()
    {
        QCOMPARE(Logging::formatLine(QtInfoMsg, "picam.stream",
                                     QStringLiteral("publishing to rtsp://a:b@h/cam"), false),
                 QStringLiteral("picam.stream info: publishing to rtsp://a:***@h/cam"));
    }

    // A server's error text (or anything else) cannot start a line of its own.
    void handlerKeepsEveryMessageOnOneLine()
    {
        QCOMPARE(Logging::formatLine(QtWarningMsg, "picam.mqtt",
                                     QStringLiteral("refused: x\n<3>picam.mqtt: \x1b[2Jforged"),
                                     true),
                 QStringLiteral("<4>picam.mqtt: refused: x\\x0a<3>picam.mqtt: \\x1b[2Jforged"));
        QCOMPARE(Logging::formatLine(QtInfoMsg, "picam.stream",
                                     QStringLiteral("rtsp://a:b\nc@h/cam"), false),
                 QStringLiteral("picam.stream info: rtsp://a:***@h/cam"));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "test_logging.moc"
