// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// ConnectionTest: the settings panel's "Test connection" against a real RTSP
// receiver (ffmpeg -rtsp_flags listen), a real mosquitto and a closed port,
// with the values typed in the panel before Apply.

#include "config/settings.h"
#include "freeport.h"
#include "mosquittobroker.h"
#include "rtspreceiver.h"
#include "ui/connectiontest.h"
#include "ui/settingseditor.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using TestSupport::MosquittoBroker;
using TestSupport::RtspReceiver;

class TestConnectionTest : public QObject
{
    Q_OBJECT

    // Runs a test and returns whether it passed; the result stays readable.
    static bool run(ConnectionTest &test, bool stream)
    {
        QSignalSpy finished(&test, &ConnectionTest::finished);
        if (stream)
            test.testStream();
        else
            test.testBroker();
        if (finished.isEmpty() && !finished.wait(20000))
            return false;
        return !test.busy() && finished.first().first().toBool();
    }

private slots:
    void streamReceiverIsReachableWithTheTypedUrl()
    {
        RtspReceiver receiver;
        QVERIFY2(receiver.start(), qPrintable(receiver.log()));
        Settings settings;
        SettingsEditor editor(&settings);
        ConnectionTest test(&editor);
        // Typed, not applied: the saved URL stays the default.
        editor.setText(QStringLiteral("stream/url"), receiver.url());
        QSignalSpy changed(&test, &ConnectionTest::changed);
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.testStream();
        // Busy and saying so at once; the answer comes later.
        QVERIFY(test.busy());
        QVERIFY2(test.result().startsWith(QStringLiteral("Testing the connection to 127.0.0.1:")),
                 qPrintable(test.result()));
        QVERIFY(finished.wait(20000));
        QVERIFY(!test.busy());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(test.target(), QStringLiteral("stream"));
        QVERIFY(test.ok());
        QVERIFY2(test.result().startsWith(QStringLiteral("RTSP server reachable at 127.0.0.1:")),
                 qPrintable(test.result()));
        QCOMPARE(settings.text(QStringLiteral("stream/url")),
                 QStringLiteral("rtsp://localhost:8554/cam"));
    }

    void closedPortIsNotReachable()
    {
        Settings settings;
        SettingsEditor editor(&settings);
        ConnectionTest test(&editor);
        const quint16 port = TestSupport::freePort();
        editor.setText(QStringLiteral("stream/url"),
                       QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(port));
        QVERIFY(!run(test, true));
        QVERIFY(!test.ok());
        QCOMPARE(test.result(),
                 QStringLiteral("Not reachable: nothing listens at 127.0.0.1:%1").arg(port));

        editor.setText(QStringLiteral("mqtt/url"), QStringLiteral("tcp://127.0.0.1:%1").arg(port));
        QVERIFY(!run(test, false));
        QCOMPARE(test.target(), QStringLiteral("mqtt"));
        QVERIFY2(test.result().startsWith(QStringLiteral("Broker not reachable: cannot connect")),
                 qPrintable(test.result()));
    }

    void somethingElseListeningIsNotRtsp()
    {
        // A server that answers HTTP, as a wrong port might.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write("HTTP/1.1 400 Bad Request\r\n\r\n");
                    s->disconnectFromHost();
                });
            }
        });
        Settings settings;
        SettingsEditor editor(&settings);
        ConnectionTest test(&editor);
        editor.setText(QStringLiteral("stream/url"),
                       QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(server.serverPort()));
        QVERIFY(!run(test, true));
        QCOMPARE(test.result(), QStringLiteral("127.0.0.1:%1 answered, but not as an RTSP server")
                                    .arg(server.serverPort()));
    }

    void invalidTypedUrlIsNotTried()
    {
        Settings settings;
        SettingsEditor editor(&settings);
        ConnectionTest test(&editor);
        editor.setText(QStringLiteral("stream/url"), QStringLiteral("http://x/y"));
        QVERIFY(!run(test, true));
        QVERIFY2(test.result().startsWith(QStringLiteral("Cannot test: stream/url:")),
                 qPrintable(test.result()));
    }

    void brokerIsReachableWithTheTypedUrl()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        Settings settings;
        SettingsEditor editor(&settings);
        ConnectionTest test(&editor);
        editor.setText(QStringLiteral("mqtt/url"), QStringLiteral("tcp://127.0.0.1:%1").arg(port));
        QVERIFY(run(test, false));
        QCOMPARE(test.result(), QStringLiteral("Broker reachable at 127.0.0.1:%1").arg(port));

        test.reset();
        QCOMPARE(test.result(), QString());
        QCOMPARE(test.target(), QString());
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "test_connectiontest.moc"
