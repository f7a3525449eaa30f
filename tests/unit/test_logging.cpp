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
    }
    void masksPasswordsInUrls()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Redact::credentialsInText(in), out);
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
};

QTEST_GUILESS_MAIN(TestLogging)
#include "test_logging.moc"
