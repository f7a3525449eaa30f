// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/inifile.h"
#include "config/settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(contents);
        return path;
    }

    static unsigned fileMode(const QString &path)
    {
        struct stat st = {};
        ::stat(QFile::encodeName(path).constData(), &st);
        return st.st_mode & 0777;
    }

private slots:
    void defaults()
    {
        Settings s;
        QCOMPARE(s.text(QStringLiteral("camera/source")), QStringLiteral("auto"));
        QCOMPARE(s.intValue(QStringLiteral("camera/width")), 1280);
        QCOMPARE(s.intValue(QStringLiteral("camera/height")), 720);
        QCOMPARE(s.intValue(QStringLiteral("camera/framerate")), 30);
        QCOMPARE(s.boolValue(QStringLiteral("stream/enabled")), true);
        QCOMPARE(s.text(QStringLiteral("stream/url")), QStringLiteral("rtsp://localhost:8554/cam"));
        QCOMPARE(s.intValue(QStringLiteral("stream/bitrate")), 1000000);
        QCOMPARE(s.realValue(QStringLiteral("stream/keyframe_interval")), 1.0);
        QCOMPARE(s.text(QStringLiteral("mqtt/url")), QStringLiteral("tcp://localhost:1883"));
        QCOMPARE(s.text(QStringLiteral("mqtt/topic")), QStringLiteral("sensors/metrics"));
        QCOMPARE(s.realValue(QStringLiteral("mqtt/interval")), 2.0);
        QCOMPARE(s.text(QStringLiteral("mqtt/qos")), QStringLiteral("1"));
        QCOMPARE(s.intValue(QStringLiteral("mqtt/buffer_limit")), 10000);
        QCOMPARE(s.text(QStringLiteral("sensors/i2c_bus")), QStringLiteral("/dev/i2c-1"));
        QCOMPARE(s.text(QStringLiteral("ui/language")), QStringLiteral("en"));
        QCOMPARE(s.text(QStringLiteral("ui/temperature_unit")), QStringLiteral("C"));
        QVERIFY(!s.text(QStringLiteral("device/name")).isEmpty());
    }

    void placeholdersExpandToTheDeviceName()
    {
        Settings s;
        QVERIFY(s.setValue(QStringLiteral("device/name"), QStringLiteral("hall-pi")).isEmpty());
        QCOMPARE(s.expanded(QStringLiteral("mqtt/client_id")), QStringLiteral("picam-hall-pi"));
        QCOMPARE(s.expanded(QStringLiteral("mqtt/status_topic")),
                 QStringLiteral("picam/hall-pi/status"));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        auto row = [](const char *k, const char *v, bool ok) {
            QTest::addRow("%s=%s", k, v) << QString::fromUtf8(k) << QString::fromUtf8(v) << ok;
        };
        row("device/name", "a", true);
        row("device/name", QByteArray(64, 'x').constData(), true);
        row("device/name", QByteArray(65, 'x').constData(), false);
        row("device/name", "", false);
        row("device/name", "pi cam", false);
        row("device/name", "Pi_cam-2", true);
        row("camera/source", "auto", true);
        row("camera/source", "libcamera", true);
        row("camera/source", "libcamera:/base/soc/i2c0mux/imx219@10", true);
        row("camera/source", "v4l2:/dev/video0", true);
        row("camera/source", "testpattern", true);
        row("camera/source", "file:/tmp/clip.y4m", true);
        row("camera/source", "file:", false);
        row("camera/source", "webcam", false);
        row("camera/width", "160", true);
        row("camera/width", "158", false);
        row("camera/width", "3840", true);
        row("camera/width", "3842", false);
        row("camera/width", "641", false);
        row("camera/height", "120", true);
        row("camera/height", "118", false);
        row("camera/height", "2160", true);
        row("camera/height", "2162", false);
        row("camera/framerate", "1", true);
        row("camera/framerate", "0", false);
        row("camera/framerate", "60", true);
        row("camera/framerate", "61", false);
        row("camera/framerate", "thirty", false);
        row("camera/rotation", "0", true);
        row("camera/rotation", "180", true);
        row("camera/rotation", "90", false);
        row("stream/enabled", "true", true);
        row("stream/enabled", "off", true);
        row("stream/enabled", "maybe", false);
        row("stream/url", "rtsp://server:8554/cam", true);
        row("stream/url", "rtsps://server:8322/cam", true);
        row("stream/url", "rtsp://server:8554", false);
        row("stream/url", "rtsp:///cam", false);
        row("stream/url", "http://server/cam", false);
        row("stream/url", "not a url", false);
        row("stream/encoder", "h264_v4l2m2m", true);
        row("stream/encoder", "nvenc", false);
        row("stream/bitrate", "100000", true);
        row("stream/bitrate", "99999", false);
        row("stream/bitrate", "20000000", true);
        row("stream/bitrate", "20000001", false);
        row("stream/keyframe_interval", "0.2", true);
        row("stream/keyframe_interval", "0.19", false);
        row("stream/keyframe_interval", "10", true);
        row("stream/keyframe_interval", "10.01", false);
        row("stream/keyframe_interval", "nan", false);
        row("mqtt/url", "tcp://broker:1883", true);
        row("mqtt/url", "ssl://broker:8883", true);
        row("mqtt/url", "ws://broker:9001", true);
        row("mqtt/url", "wss://broker:9001/mqtt", true);
        row("mqtt/url", "mqtt://broker", false);
        row("mqtt/url", "tcp://", false);
        row("mqtt/client_id", "", false);
        row("mqtt/client_id", QByteArray(64, 'c').constData(), true);
        row("mqtt/client_id", QByteArray(65, 'c').constData(), false);
        row("mqtt/ca_file", "", true);
        row("mqtt/ca_file", "/nonexistent/ca.pem", false);
        row("mqtt/topic", "sensors/metrics", true);
        row("mqtt/topic", "sensors/#", false);
        row("mqtt/topic", "sensors/+/x", false);
        row("mqtt/topic", "", false);
        row("mqtt/status_topic", "picam/{device}/status", true);
        row("mqtt/interval", "0.1", true);
        row("mqtt/interval", "0.09", false);
        row("mqtt/interval", "3600", true);
        row("mqtt/interval", "3601", false);
        row("mqtt/qos", "0", true);
        row("mqtt/qos", "2", true);
        row("mqtt/qos", "3", false);
        row("mqtt/buffer_limit", "0", true);
        row("mqtt/buffer_limit", "-1", false);
        row("mqtt/buffer_limit", "1000000", true);
        row("mqtt/buffer_limit", "1000001", false);
        row("sensors/source", "sensehat", true);
        row("sensors/source", "simulated", true);
        row("sensors/source", "bme280", false);
        row("sensors/i2c_bus", "/dev/i2c-1", true);
        row("sensors/i2c_bus", "i2c-1", false);
        row("ui/language", "ga", true);
        row("ui/language", "fr", false);
        row("ui/temperature_unit", "F", true);
        row("ui/temperature_unit", "K", false);
    }
    void rules()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const auto parsed = SettingsSchema::parse(key, value);
        QCOMPARE(parsed.ok(), valid);
        if (!valid) {
            // One line naming the key, the value and what is allowed.
            QVERIFY2(parsed.error.startsWith(key + QStringLiteral(": ")), qPrintable(parsed.error));
            QVERIFY2(parsed.error.contains(QLatin1Char('"') + value + QLatin1Char('"')),
                     qPrintable(parsed.error));
            QVERIFY2(parsed.error.contains(SettingsSchema::find(key)->allowed),
                     qPrintable(parsed.error));
            QVERIFY(!parsed.error.contains(QLatin1Char('\n')));
        }
    }

    void exactMessage()
    {
        QCOMPARE(
            SettingsSchema::parse(QStringLiteral("camera/framerate"), QStringLiteral("61")).error,
            QStringLiteral("camera/framerate: \"61\" is not allowed; expected an integer from 1 "
                           "to 60 frames per second"));
    }

    void secretValuesAreNeverEchoed()
    {
        const QString bad(64, QLatin1Char('p'));
        const auto parsed = SettingsSchema::parse(QStringLiteral("stream/password"), bad);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error.contains(bad));
        QVERIFY(parsed.error.contains(QStringLiteral("stream/password")));
    }

    void roundTripThroughAFile()
    {
        Settings a;
        a.setPath(m_dir.filePath(QStringLiteral("round.conf")));
        QVERIFY(a.setValue(QStringLiteral("device/name"), QStringLiteral("lab")).isEmpty());
        QVERIFY(a.setValue(QStringLiteral("stream/url"), QStringLiteral("rtsp://h:8554/a,b;c"))
                    .isEmpty());
        QVERIFY(
            a.setValue(QStringLiteral("mqtt/username"), QStringLiteral(" spaced \"quoted\" \\ "))
                .isEmpty());
        QVERIFY(a.setValue(QStringLiteral("stream/keyframe_interval"), QStringLiteral("2.5"))
                    .isEmpty());
        QVERIFY(a.setValue(QStringLiteral("mqtt/enabled"), QStringLiteral("off")).isEmpty());
        QCOMPARE(a.save(), QString());

        Settings b;
        const auto problems = b.loadFile(a.path());
        QVERIFY(problems.isEmpty());
        for (const auto &spec : SettingsSchema::all())
            QCOMPARE(b.text(spec.key), a.text(spec.key));
        QCOMPARE(b.text(QStringLiteral("mqtt/username")), QStringLiteral(" spaced \"quoted\" \\ "));
        QCOMPARE(b.boolValue(QStringLiteral("mqtt/enabled")), false);
    }

    void fileWithASecretIsPrivate()
    {
        Settings s;
        s.setPath(m_dir.filePath(QStringLiteral("plain.conf")));
        s.setValue(QStringLiteral("device/name"), QStringLiteral("x"));
        QCOMPARE(s.save(), QString());
        QCOMPARE(fileMode(s.path()), 0644u);

        s.setValue(QStringLiteral("mqtt/password"), QStringLiteral("hunter2"));
        QCOMPARE(s.save(), QString());
        QCOMPARE(fileMode(s.path()), 0600u);
    }

    void setOverridesTheFileButIsNotSaved()
    {
        const QString path = writeFile(QStringLiteral("o.conf"), "[camera]\nframerate=15\n");
        Settings s;
        QVERIFY(s.loadFile(path).isEmpty());
        QCOMPARE(s.intValue(QStringLiteral("camera/framerate")), 15);
        QVERIFY(s.override(QStringLiteral("camera/framerate=25")).message.isEmpty());
        QCOMPARE(s.intValue(QStringLiteral("camera/framerate")), 25);
        QCOMPARE(s.save(), QString());
        Settings reread;
        reread.loadFile(path);
        QCOMPARE(reread.intValue(QStringLiteral("camera/framerate")), 15);
    }

    void badOverrideIsAnError()
    {
        Settings s;
        const auto p = s.override(QStringLiteral("camera/framerate=0"));
        QVERIFY(p.isError());
        QVERIFY(p.message.startsWith(QStringLiteral("camera/framerate: \"0\"")));
        QVERIFY(s.override(QStringLiteral("nonsense")).isError());
        QCOMPARE(s.problems().size(), 2);
    }

    void unknownKeyWarnsAndIsKept()
    {
        const QString path =
            writeFile(QStringLiteral("u.conf"), "[camera]\nzoom=2\nframerate=10\n");
        Settings s;
        const auto problems = s.loadFile(path);
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().isError());
        QVERIFY(problems.first().message.contains(QStringLiteral("camera/zoom")));
        QCOMPARE(s.intValue(QStringLiteral("camera/framerate")), 10);
        QCOMPARE(s.save(), QString());
        QVERIFY(IniFile::read(path).values.contains(QStringLiteral("camera/zoom")));
        const auto o = s.override(QStringLiteral("camera/zoom=3"));
        QVERIFY(!o.isError());
        QVERIFY(o.message.contains(QStringLiteral("unknown")));
    }

    void invalidValueInFileKeepsTheDefault()
    {
        const QString path =
            writeFile(QStringLiteral("bad.conf"), "[stream]\nurl=ftp://x/y\nbitrate=5\n");
        Settings s;
        const auto problems = s.loadFile(path);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).isError() && problems.at(1).isError());
        QCOMPARE(s.text(QStringLiteral("stream/url")), QStringLiteral("rtsp://localhost:8554/cam"));
    }

    void missingFileIsAnError()
    {
        Settings s;
        const auto problems = s.loadFile(m_dir.filePath(QStringLiteral("nope.conf")));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().isError());
    }

    void printMasksSecrets()
    {
        Settings s;
        s.setValue(QStringLiteral("stream/password"), QStringLiteral("topsecret"));
        s.setValue(QStringLiteral("stream/url"), QStringLiteral("rtsp://u:inurl@h:8554/cam"));
        const QString ini = s.toIni(true);
        QVERIFY(!ini.contains(QStringLiteral("topsecret")));
        QVERIFY(!ini.contains(QStringLiteral("inurl")));
        QVERIFY(ini.contains(QStringLiteral("password=***")));
        QVERIFY(ini.contains(QStringLiteral("[camera]")));
        QVERIFY(s.toIni(false).contains(QStringLiteral("topsecret")));
    }

    void valueChangedOnlyOnChange()
    {
        Settings s;
        QSignalSpy spy(&s, &Settings::valueChanged);
        s.setValue(QStringLiteral("camera/framerate"), QStringLiteral("30"));
        QCOMPARE(spy.count(), 0);
        s.setValue(QStringLiteral("camera/framerate"), QStringLiteral("20"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("camera/framerate"));
        QVERIFY(!s.setValue(QStringLiteral("camera/framerate"), QStringLiteral("99")).isEmpty());
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
