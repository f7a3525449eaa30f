// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// MqttService as a process (tests/integration/mqtt/mqttservicerunner.cpp):
// the reading schema at the set interval, "offline" after SIGTERM, the will
// after SIGKILL, and readings buffered across a restart while the broker is
// down.

#include "mosquittobroker.h"
#include "mosquittosubscriber.h"
#include "programprocess.h"
#include "readingcheck.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using TestSupport::MosquittoBroker;
using TestSupport::MosquittoSubscriber;
using TestSupport::ProgramProcess;
namespace ReadingCheck = TestSupport::ReadingCheck;

namespace {

const QString readingsTopic = QStringLiteral("sensors/metrics");
const QString statusTopic = QStringLiteral("picam/runner/status");

QList<qint64> publishedTimestamps(const QString &output)
{
    QList<qint64> out;
    const QRegularExpression re(QStringLiteral("^published (\\d+)$"),
                                QRegularExpression::MultilineOption);
    for (auto it = re.globalMatch(output); it.hasNext();)
        out << it.next().captured(1).toLongLong();
    return out;
}

} // namespace

class TestMqttProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;

    void startRunner(ProgramProcess &p, quint16 port, const QStringList &extra = {})
    {
        p.process().setProgram(QStringLiteral(MQTT_SERVICE_RUNNER));
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STATE_DIRECTORY"), m_state.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("picam.*.debug=true"));
        p.setEnvironment(env);
        QStringList args;
        for (const QString &a : QStringList{QStringLiteral("device/name=runner"),
                                            QStringLiteral("mqtt/url=tcp://127.0.0.1:%1").arg(port),
                                            QStringLiteral("mqtt/client_id=picam-runner"),
                                            QStringLiteral("mqtt/homeassistant=false")} +
                                    extra)
            args << QStringLiteral("--set") << a;
        p.start(args);
    }

private slots:
    void initTestCase() { QVERIFY(m_state.isValid()); }

    void readingsFollowTheSchemaAtTheInterval()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {readingsTopic}));
        ProgramProcess runner;
        startRunner(runner, port, {QStringLiteral("mqtt/interval=0.5")});
        QVERIFY2(sub.waitForCount(5, readingsTopic, 20000), qPrintable(runner.output()));

        const auto messages = sub.messages(readingsTopic);
        QList<qint64> ts;
        for (const auto &m : messages) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(m.payload, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, m.payload.constData());
            for (const char *field :
                 {"temp_humidity", "temp_pressure", "humidity", "pressure", "pitch", "roll", "yaw",
                  "accel_x", "accel_y", "accel_z", "ts"})
                QVERIFY2(o.value(QLatin1String(field)).isDouble(),
                         qPrintable(QLatin1String(field) + QLatin1Char(' ') + m.payload));
            QCOMPARE(o.value(QStringLiteral("device")).toString(), QStringLiteral("runner"));
            QCOMPARE(o.value(QStringLiteral("pressure")).toDouble(), 1013.25);
            QCOMPARE(o.value(QStringLiteral("humidity")).toDouble(), 45.2);
            QVERIFY(o.value(QStringLiteral("temp_cpu")).isDouble());
            ts << o.value(QStringLiteral("ts")).toInteger();
        }
        // The set interval (0.5 s) between capture times: the median gap, so
        // one timer delayed by a loaded machine does not count.
        QList<qint64> gaps;
        for (int i = 1; i < ts.size(); ++i)
            gaps << ts[i] - ts[i - 1];
        std::sort(gaps.begin(), gaps.end());
        const qint64 median = gaps[gaps.size() / 2];
        QVERIFY2(median >= 400 && median <= 1000, qPrintable(QString::number(median)));
    }

    void availabilityOfflineOnSigtermAndWillOnSigkill()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        bool ok = false;
        {
            ProgramProcess runner;
            startRunner(runner, port);
            QVERIFY2(runner.waitForOutput(QStringLiteral("state Running")),
                     qPrintable(runner.output()));
            QTRY_COMPARE_WITH_TIMEOUT(MosquittoSubscriber::retained(port, statusTopic, &ok),
                                      QByteArray("online"), 10000);
            QElapsedTimer timer;
            timer.start();
            runner.terminate();
            QVERIFY2(runner.waitForExit(3000), "no exit within 3 s of SIGTERM");
            qInfo() << "exit" << timer.elapsed() << "ms after SIGTERM";
            QCOMPARE(runner.exitCode(), 0);
            QCOMPARE(MosquittoSubscriber::retained(port, statusTopic, &ok), QByteArray("offline"));
        }
        {
            ProgramProcess runner;
            startRunner(runner, port);
            QVERIFY(runner.waitForOutput(QStringLiteral("state Running")));
            QTRY_COMPARE_WITH_TIMEOUT(MosquittoSubscriber::retained(port, statusTopic, &ok),
                                      QByteArray("online"), 10000);
            runner.kill();
            QVERIFY(runner.waitForExit(5000));
            // The broker publishes the will when the connection drops.
            QTRY_COMPARE_WITH_TIMEOUT(MosquittoSubscriber::retained(port, statusTopic, &ok),
                                      QByteArray("offline"), 10000);
        }
    }

    void secretsNeverReachTheLog()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt, false, true);
        QVERIFY(broker.addUser(QStringLiteral("alice"), QStringLiteral("Url Secret@42")));
        QVERIFY2(broker.start(), qPrintable(broker.error()));

        // Credentials in the URL (percent-encoded) connect and are not shown.
        ProgramProcess runner;
        startRunner(
            runner, port,
            {QStringLiteral("mqtt/url=tcp://alice:Url%20Secret%4042@127.0.0.1:%1").arg(port)});
        QVERIFY2(runner.waitForOutput(QStringLiteral("state Running")),
                 qPrintable(runner.output()));
        runner.terminate();
        QVERIFY(runner.waitForExit(3000));
        for (const char *secret : {"Url Secret@42", "Url%20Secret%4042", "Secret"})
            QVERIFY2(!runner.output().contains(QLatin1String(secret)), qPrintable(runner.output()));

        // A wrong password in the settings: refused, and not shown either.
        ProgramProcess second;
        startRunner(second, port,
                    {QStringLiteral("mqtt/username=alice"),
                     QStringLiteral("mqtt/password=Field-Secret-43")});
        QVERIFY2(second.waitForOutput(QStringLiteral("not authorised")),
                 qPrintable(second.output()));
        second.terminate();
        QVERIFY(second.waitForExit(3000));
        QVERIFY2(!second.output().contains(QStringLiteral("Field-Secret-43")),
                 qPrintable(second.output()));
    }

    void readingsBufferedBeforeARestartAreDelivered()
    {
        MosquittoBroker broker;
        broker.setPersistence(true);
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {readingsTopic}, QStringLiteral("restart-subscriber")));
        const QStringList fast{QStringLiteral("mqtt/interval=0.2")};

        ProgramProcess first;
        startRunner(first, port, fast);
        QVERIFY2(first.waitForOutput(QStringLiteral("state Running")), qPrintable(first.output()));
        QVERIFY(broker.stop());
        QVERIFY2(first.waitForOutput(QStringLiteral("state Retrying")), qPrintable(first.output()));
        const int before = publishedTimestamps(first.output()).size();
        // Some readings while the broker is away, then an orderly stop.
        QTRY_VERIFY_WITH_TIMEOUT(publishedTimestamps(first.output()).size() >= before + 5, 10000);
        first.terminate();
        QVERIFY(first.waitForExit(3000));
        const QList<qint64> firstRun = publishedTimestamps(first.output());
        qInfo() << firstRun.size() << "readings in the first run," << firstRun.size() - before
                << "of them after the broker stopped";

        // Started again while the broker is still down, then the broker returns.
        ProgramProcess second;
        startRunner(second, port, fast);
        QVERIFY2(second.waitForOutput(QStringLiteral("restored from the last run")),
                 qPrintable(second.output()));
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QVERIFY2(second.waitForOutput(QStringLiteral("state Running"), 40000),
                 qPrintable(second.output()));
        const QString missing = ReadingCheck::missing(sub, readingsTopic, firstRun);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    // The same with the whole program: picam-kiosk --headless with simulated
    // sensors, stopped while the broker is down and started again.
    void theProgramDeliversReadingsBufferedBeforeARestart()
    {
        MosquittoBroker broker;
        broker.setPersistence(true);
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        MosquittoSubscriber sub;
        QVERIFY(sub.start(port, {readingsTopic}, QStringLiteral("program-restart-subscriber")));

        QTemporaryDir home;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STATE_DIRECTORY"), home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("picam.sensors.debug=true"));
        QStringList args{QStringLiteral("--headless")};
        for (const QString &a :
             {QStringLiteral("device/name=restart"), QStringLiteral("camera/source=testpattern"),
              QStringLiteral("camera/width=320"), QStringLiteral("camera/height=240"),
              QStringLiteral("camera/framerate=5"), QStringLiteral("stream/enabled=false"),
              QStringLiteral("sensors/source=simulated"), QStringLiteral("mqtt/interval=0.2"),
              QStringLiteral("mqtt/homeassistant=false"),
              QStringLiteral("mqtt/url=tcp://127.0.0.1:%1").arg(port)})
            args << QStringLiteral("--set") << a;

        ProgramProcess first;
        first.setEnvironment(env);
        first.start(args);
        QVERIFY2(first.waitForOutput(QStringLiteral("connected to")), qPrintable(first.output()));
        QVERIFY(broker.stop());
        QVERIFY2(first.waitForOutput(QStringLiteral("mqtt failed")), qPrintable(first.output()));
        const int before = ReadingCheck::logged(first.output()).size();
        QTRY_VERIFY_WITH_TIMEOUT(ReadingCheck::logged(first.output()).size() >= before + 5, 10000);
        first.terminate();
        QVERIFY(first.waitForExit(3000));
        QCOMPARE(first.exitCode(), 0);
        const QList<qint64> firstRun = ReadingCheck::logged(first.output());
        QVERIFY(firstRun.size() >= before + 5);
        qInfo() << firstRun.size() << "readings in the first run," << firstRun.size() - before
                << "of them while the broker was down";

        ProgramProcess second;
        second.setEnvironment(env);
        second.start(args);
        QVERIFY2(second.waitForOutput(QStringLiteral("restored from the last run")),
                 qPrintable(second.output()));
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QVERIFY2(second.waitForOutput(QStringLiteral("connected to"), 40000),
                 qPrintable(second.output()));
        const QString missing = ReadingCheck::missing(sub, readingsTopic, firstRun);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        second.terminate();
        QVERIFY(second.waitForExit(3000));
    }

    // main()'s wiring, headless: a snapshot command gives the camera's
    // picture retained, the detection switch is acknowledged, a malformed
    // command is refused, the guardian's entities are announced and the event
    // log is opened in the state directory.
    void theHeadlessProgramTakesCommands()
    {
        MosquittoBroker broker;
        const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        QTemporaryDir home;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STATE_DIRECTORY"), home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        QStringList args{QStringLiteral("--headless")};
        for (const QString &a :
             {QStringLiteral("device/name=guard"), QStringLiteral("camera/source=testpattern"),
              QStringLiteral("camera/width=320"), QStringLiteral("camera/height=240"),
              QStringLiteral("camera/framerate=5"), QStringLiteral("stream/enabled=false"),
              QStringLiteral("sensors/source=simulated"),
              QStringLiteral("mqtt/url=tcp://127.0.0.1:%1").arg(port)})
            args << QStringLiteral("--set") << a;
        ProgramProcess program;
        program.setEnvironment(env);
        program.start(args);
        QVERIFY2(program.waitForOutput(QStringLiteral("connected to")),
                 qPrintable(program.output()));
        QVERIFY2(program.waitForOutput(QStringLiteral("events: 0 in the log at ") +
                                       home.filePath(QStringLiteral("state/events"))),
                 qPrintable(program.output()));
        bool ok = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            MosquittoSubscriber::retained(
                port, QStringLiteral("homeassistant/switch/picam_guard_detection/config"), &ok)
                    .contains("picam/guard/set/detection") &&
                ok,
            10000);

        QVERIFY(MosquittoSubscriber::publish(port, QStringLiteral("picam/guard/set/snapshot"),
                                             "PRESS"));
        QByteArray jpeg;
        QTRY_VERIFY_WITH_TIMEOUT(!(jpeg = MosquittoSubscriber::retained(
                                       port, QStringLiteral("picam/guard/snapshot"), &ok))
                                         .isEmpty() &&
                                     ok,
                                 15000);
        QCOMPARE(QImage::fromData(jpeg, "JPEG").size(), QSize(320, 240));

        QVERIFY(
            MosquittoSubscriber::publish(port, QStringLiteral("picam/guard/set/detection"), "OFF"));
        QTRY_VERIFY_WITH_TIMEOUT(
            MosquittoSubscriber::retained(port, QStringLiteral("picam/guard/state/detection"),
                                          &ok) == "OFF" &&
                ok,
            10000);
        QVERIFY(MosquittoSubscriber::publish(port, QStringLiteral("picam/guard/set/stream"),
                                             "sideways"));
        QVERIFY2(program.waitForOutput(QStringLiteral("refused the command on "
                                                      "picam/guard/set/stream: payload "
                                                      "\"sideways\" for stream: send ON or OFF")),
                 qPrintable(program.output()));
        program.terminate();
        QVERIFY(program.waitForExit(5000));
        QCOMPARE(program.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMqttProcess)
#include "test_mqttprocess.moc"
