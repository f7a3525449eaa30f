// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/inifile.h"
#include "config/settings.h"
#include "system/redact.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// One line, nothing a terminal would act on: what every message must be.
bool isOneCleanLine(const QString &message)
{
    return !message.isEmpty() && Redact::firstControl(message) < 0;
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xfe\xff") : QByteArray("\xff\xfe");
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xff);
        out.append(bigEndian ? hi : lo).append(bigEndian ? lo : hi);
    }
    return out;
}

} // namespace

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
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The mode of a file without secrets follows the umask; the usual one
        // here, whatever the shell that started the test had.
        ::umask(022);
    }

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
        row("ui/rotation", "0", true);
        row("ui/rotation", "90", true);
        row("ui/rotation", "180", true);
        row("ui/rotation", "270", true);
        row("ui/rotation", "45", false);
        row("ui/rotation", "-90", false);
        row("ui/rotation", "360", false);
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

        // Once private, always private: the password is gone but the file
        // may have been copied, backed up or read as private before.
        s.setValue(QStringLiteral("mqtt/password"), QString());
        QCOMPARE(s.save(), QString());
        QCOMPARE(fileMode(s.path()), 0600u);
    }

    void fileWithAPasswordInAUrlIsPrivate_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("mqtt/url") << "mqtt/url"
                                  << "tcp://u:secret@h:1883";
        QTest::newRow("stream/url") << "stream/url"
                                    << "rtsp://u:secret@h:8554/cam";
        // A user name alone may be a token (some brokers take one).
        QTest::newRow("user only") << "mqtt/url"
                                   << "ssl://token@h:8883";
    }
    void fileWithAPasswordInAUrlIsPrivate()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        Settings s;
        s.setPath(m_dir.filePath(QStringLiteral("url-%1.conf")
                                     .arg(QTest::currentDataTag())
                                     .replace(QLatin1Char('/'), QLatin1Char('-'))));
        QCOMPARE(s.setValue(key, value), QString());
        QCOMPARE(s.save(), QString());
        QCOMPARE(fileMode(s.path()), 0600u);
    }

    void fileWithAnUnknownKeyIsPrivate()
    {
        // Nothing tells what an unknown key holds: an old "mqtt/pass" perhaps.
        const QString path = writeFile(QStringLiteral("unknown-private.conf"),
                                       "[mqtt]\npass=hunter2\n[camera]\nframerate=10\n");
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        Settings s;
        QCOMPARE(s.loadFile(path).size(), 1);
        QCOMPARE(s.save(), QString());
        QCOMPARE(fileMode(path), 0600u);
        QCOMPARE(IniFile::read(path).values.value(QStringLiteral("mqtt/pass")),
                 QStringLiteral("hunter2"));
    }

    void resaveNeverLoosensTheMode_data()
    {
        QTest::addColumn<unsigned>("before");
        QTest::addColumn<unsigned>("after");
        QTest::newRow("0600 stays") << 0600u << 0600u;
        QTest::newRow("0640 stays") << 0640u << 0640u;
        QTest::newRow("0604 stays") << 0604u << 0604u;
        QTest::newRow("0666 tightened to 0644") << 0666u << 0644u;
    }
    void resaveNeverLoosensTheMode()
    {
        QFETCH(unsigned, before);
        QFETCH(unsigned, after);
        const QString path =
            writeFile(QStringLiteral("mode-%1.conf").arg(before, 4, 8), "[camera]\nframerate=10\n");
        QVERIFY(::chmod(QFile::encodeName(path).constData(), before) == 0);
        Settings s;
        QVERIFY(s.loadFile(path).isEmpty());
        QCOMPARE(s.setValue(QStringLiteral("camera/framerate"), QStringLiteral("12")), QString());
        QCOMPARE(s.save(), QString());
        QCOMPARE(fileMode(path), after);
        QCOMPARE(IniFile::read(path).values.value(QStringLiteral("camera/framerate")),
                 QStringLiteral("12"));
    }

    // A new file without secrets: 0644 less the umask (0600 under the
    // units' UMask=0077), always readable and writable by its owner.
    void plainFileFollowsTheUmask()
    {
        const mode_t old = ::umask(077);
        Settings s;
        s.setPath(m_dir.filePath(QStringLiteral("umask077.conf")));
        s.setValue(QStringLiteral("camera/framerate"), QStringLiteral("12"));
        const QString error = s.save();
        ::umask(old);
        QCOMPARE(error, QString());
        QCOMPARE(fileMode(s.path()), 0600u);

        QCOMPARE(IniFile::modeFor(false, -1, 022), 0644u);
        QCOMPARE(IniFile::modeFor(false, -1, 027), 0640u);
        QCOMPARE(IniFile::modeFor(false, -1, 0777), 0600u);
        QCOMPARE(IniFile::modeFor(true, -1, 0), 0600u);
        QCOMPARE(IniFile::modeFor(true, 0644, 022), 0600u);
        QCOMPARE(IniFile::modeFor(false, 0600, 022), 0600u);
        // Its owner can always write it again (QSaveFile refuses to replace a
        // file it cannot write).
        QCOMPARE(IniFile::modeFor(false, 0400, 022), 0600u);
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

        // A URL inside another value, with a blank in its password: masked whole.
        QCOMPARE(s.setValue(QStringLiteral("mqtt/topic"), QStringLiteral("tcp://u:top secret@h")),
                 QString());
        QVERIFY(!s.toIni(true).contains(QStringLiteral("secret")));
        QVERIFY(s.toIni(true).contains(QStringLiteral("topic=tcp://u:***@h")));
    }

    void etcPasswdIsNotSettings()
    {
        const QString passwd = QStringLiteral("/etc/passwd");
        if (!QFile::exists(passwd))
            QSKIP("no /etc/passwd here");
        Settings s;
        const auto problems = s.loadFile(passwd);
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.first().isError());
        QVERIFY2(problems.first().message.startsWith(QStringLiteral(
                     "/etc/passwd:1: not INI text: no \"=\" in the line; expected ")),
                 qPrintable(problems.first().message));
        for (const auto &p : problems)
            QVERIFY2(p.isError() && isOneCleanLine(p.message), qPrintable(p.message));
    }

    void notIniText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        const QString ini = QStringLiteral("[camera]\nframerate=10\n");
        QTest::newRow("UTF-16LE with BOM")
            << utf16(ini, false, true) << 1 << "UTF-16 (byte order mark); expected UTF-8 text";
        QTest::newRow("UTF-16BE with BOM") << utf16(ini, true, true) << 1 << "UTF-16";
        QTest::newRow("UTF-16LE without BOM")
            << utf16(ini, false, false) << 1 << "UTF-16 (a NUL byte beside every character)";
        QTest::newRow("UTF-16BE without BOM") << utf16(ini, true, false) << 1 << "UTF-16";
        QTest::newRow("NUL") << QByteArray("[camera]\nframerate=10\0\n", 24) << 2
                             << "control character \\x00 at byte 13; expected printable text";
        QTest::newRow("invalid UTF-8") << QByteArray("[camera]\nsource=\xff\n") << 2
                                       << "\\xff at byte 8 is not UTF-8; expected UTF-8 text";
        QTest::newRow("overlong UTF-8")
            << QByteArray("[camera]\nsource=\xc0\xaf\n") << 2 << "\\xc0 at byte 8 is not UTF-8";
        QTest::newRow("UTF-16 surrogate in UTF-8")
            << QByteArray("[camera]\nsource=\xed\xa0\x80\n") << 2 << "\\xed at byte 8 is not UTF-8";
        QTest::newRow("truncated UTF-8")
            << QByteArray("[camera]\nsource=\xc3") << 2 << "\\xc3 at byte 8 is not UTF-8";
        QTest::newRow("no group")
            << QByteArray("framerate=10\nwidth=640\n") << 1
            << "key=value before any [group]; expected a [group] header first";
        QTest::newRow("no group after comments")
            << QByteArray("; settings\n\nframerate=10\n") << 3 << "before any [group]";
        QTest::newRow("no =") << QByteArray("[camera]\nframerate 10\n") << 2
                              << "no \"=\" in the line; expected key=value, a [group] header or a "
                                 "comment (; or #)";
        QTest::newRow("open group") << QByteArray("[camera\nframerate=10\n") << 1
                                    << "\"[\" without a closing \"]\"; expected [group]";
        QTest::newRow("group name")
            << QByteArray("[cam era]\n") << 1 << "group name \"cam era\" is not 1 or more of";
        QTest::newRow("no key") << QByteArray("[camera]\n=10\n") << 2 << "no key before \"=\"";
        QTest::newRow("key name") << QByteArray("[camera]\nframe rate=10\n") << 2
                                  << "key \"frame rate\" is not 1 or more of";
        QTest::newRow("tab in key") << QByteArray("[camera]\nframe\trate=10\n") << 2
                                    << "control character \\x09 in the key";
        QTest::newRow("ESC in value") << QByteArray("[mqtt]\nusername=a\x1b[31mb\n") << 2
                                      << "control character \\x1b at byte 11";
        QTest::newRow("CR in value")
            << QByteArray("[mqtt]\nusername=a\rb\n") << 2 << "control character \\x0d at byte 11";
        QTest::newRow("tab in value") << QByteArray("[mqtt]\nusername=a\tb\n") << 2
                                      << "control character \\x09 in the value of mqtt/username";
        QTest::newRow("C1 in value") << QByteArray("[mqtt]\nusername=a\xc2\x85z\n") << 2
                                     << "control character \\x85 at byte 11";
        QTest::newRow("DEL in a comment")
            << QByteArray("[mqtt]\n; a\x7f\n") << 2 << "control character \\x7f at byte 4";
        // QSettings read "abc" here, and "C:ath" for C:\path.
        QTest::newRow("; unquoted") << QByteArray("[mqtt]\npassword=abc;def\n") << 2
                                    << "; \" or \\ in the value of mqtt/password; expected the "
                                       "value in double quotes";
        QTest::newRow("\\ unquoted") << QByteArray("[ui]\nsnapshot_dir=C:\\path\n") << 2
                                     << "in the value of ui/snapshot_dir";
        QTest::newRow("continued line")
            << QByteArray("[mqtt]\nusername=a\\\nb\n") << 2 << "in the value of mqtt/username";
        QTest::newRow("open quote") << QByteArray("[mqtt]\nusername=\"abc\n") << 2
                                    << "the value of mqtt/username has no closing quote";
        QTest::newRow("after quote") << QByteArray("[mqtt]\nusername=\"a\" ; c\n") << 2
                                     << "text after the closing quote of the value of "
                                        "mqtt/username";
        QTest::newRow("unknown escape") << QByteArray("[mqtt]\nusername=\"a\\nb\"\n") << 2
                                        << "unknown escape in the value of mqtt/username";
        QTest::newRow("too large") << QByteArray(IniFile::MaxBytes + 1, 'x') << 0
                                   << "not INI text: more than 1048576 bytes";
    }
    void notIniText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, says);
        const IniFile::Contents c = IniFile::parse(bytes, QStringLiteral("settings.conf"));
        QVERIFY(c.values.isEmpty());
        QVERIFY(!c.errors.isEmpty());
        const QString prefix = line > 0
                                   ? QStringLiteral("settings.conf:%1: not INI text: ").arg(line)
                                   : QStringLiteral("settings.conf: ");
        QVERIFY2(c.errors.first().startsWith(prefix), qPrintable(c.errors.first()));
        QVERIFY2(c.errors.first().contains(says), qPrintable(c.errors.first()));
        for (const QString &e : c.errors)
            QVERIFY2(isOneCleanLine(e), qPrintable(e));
        // The value after '=' is never part of a line's message.
        QVERIFY(!c.errors.first().contains(QStringLiteral("def")));
    }

    void everyBadLineIsNamedUpToFive()
    {
        const IniFile::Contents c =
            IniFile::parse("[a]\nx\ny\nk=1\nz\n[b c]\nw\nv\nu\n", QStringLiteral("f.conf"));
        const QString noEquals =
            QStringLiteral(": not INI text: no \"=\" in the line; expected "
                           "key=value, a [group] header or a comment (; or #)");
        QStringList expected;
        expected << QStringLiteral("f.conf:2") + noEquals;
        expected << QStringLiteral("f.conf:3") + noEquals;
        expected << QStringLiteral("f.conf:5") + noEquals;
        expected << QStringLiteral("f.conf:6: not INI text: group name \"b c\" is not 1 or more "
                                   "of A-Z, a-z, 0-9, _ and -; expected [group]");
        expected << QStringLiteral("f.conf:7") + noEquals;
        expected << QStringLiteral("f.conf: 2 more lines are not INI text");
        QCOMPARE(c.errors, expected);
    }

    void iniTextThatIsAccepted()
    {
        const QByteArray bytes = "\xef\xbb\xbf; written on Windows\r\n"
                                 "# another comment\r\n"
                                 "\r\n"
                                 "  [mqtt]  \r\n"
                                 "\turl = tcp://h:1883 \t\r\n"
                                 "username=\"  spaced \\\"quoted\\\" \\\\ ;#, \"\r\n"
                                 "password=\r\n"
                                 "topic=a/b#c,d=e\r\n"
                                 "[ui]\n"
                                 "snapshot_dir=/home/pi/K\xc3\xbc"
                                 "che\n"
                                 "[mqtt]\n"
                                 "client_id=first\n"
                                 "client_id=second"; // no newline at the end; a later line wins
        const IniFile::Contents c = IniFile::parse(bytes, QStringLiteral("ok.conf"));
        QCOMPARE(c.errors, QStringList());
        QCOMPARE(c.values.value(QStringLiteral("mqtt/url")), QStringLiteral("tcp://h:1883"));
        QCOMPARE(c.values.value(QStringLiteral("mqtt/username")),
                 QStringLiteral("  spaced \"quoted\" \\ ;#, "));
        QVERIFY(c.values.contains(QStringLiteral("mqtt/password")));
        QCOMPARE(c.values.value(QStringLiteral("mqtt/password")), QString());
        QCOMPARE(c.values.value(QStringLiteral("mqtt/topic")), QStringLiteral("a/b#c,d=e"));
        QCOMPARE(c.values.value(QStringLiteral("ui/snapshot_dir")),
                 QStringLiteral("/home/pi/K\u00fcche"));
        QCOMPARE(c.values.value(QStringLiteral("mqtt/client_id")), QStringLiteral("second"));
        QCOMPARE(c.values.size(), 6);
        QVERIFY(IniFile::parse(QByteArray(), QStringLiteral("empty.conf")).errors.isEmpty());
    }

    void theExampleSettingsAreIniText()
    {
        QFile example(QStringLiteral(PICAM_SOURCE_DIR "/deploy/picam-kiosk.conf"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        const IniFile::Contents c = IniFile::parse(example.readAll(), example.fileName());
        QCOMPARE(c.errors, QStringList());
        QCOMPARE(c.values.value(QStringLiteral("stream/url")),
                 QStringLiteral("rtsp://server.example:8554/cam"));
    }

    // The issue's experiment, with a fixed seed: random bytes are refused,
    // one clean line per problem; one that happens to be valid (a blank file)
    // must merely not crash.
    void randomBytesAreRefused()
    {
        QRandomGenerator random(20240612);
        int refused = 0;
        const int files = 2000;
        for (int i = 0; i < files; ++i) {
            QByteArray bytes(random.bounded(1, 2048), Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            const IniFile::Contents c = IniFile::parse(bytes, QStringLiteral("random.conf"));
            refused += !c.errors.isEmpty();
            for (const QString &e : c.errors)
                QVERIFY2(isOneCleanLine(e), qPrintable(e));
            QVERIFY(c.errors.size() <= 6);
        }
        QCOMPARE(refused, files);

        // And the same through the settings, from files, as --check-config reads them.
        for (int i = 0; i < 60; ++i) {
            QByteArray bytes(random.bounded(1, 4096), Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            Settings s;
            const auto problems =
                s.loadFile(writeFile(QStringLiteral("random-%1.conf").arg(i), bytes));
            QVERIFY(!problems.isEmpty());
            QVERIFY(problems.first().isError());
        }
    }

    // Random printable lines, some shaped like settings: whatever is accepted
    // is what a later save writes back and reads again unchanged.
    void randomTextRoundTrips()
    {
        QRandomGenerator random(7);
        const QByteArray alphabet = "ab=[]; #\"\\\t /:@,";
        int accepted = 0;
        // (Each write is an fdatasync: a few hundred files, not thousands.)
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes = "[g]\n";
            const int lines = random.bounded(1, 6);
            for (int l = 0; l < lines; ++l) {
                // Mostly key=value with random text after '=', sometimes any line.
                if (random.bounded(4) != 0)
                    bytes += "k" + QByteArray::number(l) + '=';
                const int length = random.bounded(0, 12);
                for (int k = 0; k < length; ++k)
                    bytes += alphabet.at(random.bounded(int(alphabet.size())));
                bytes += '\n';
            }
            const IniFile::Contents c = IniFile::parse(bytes, QStringLiteral("text.conf"));
            for (const QString &e : c.errors)
                QVERIFY2(isOneCleanLine(e), qPrintable(e));
            if (!c.errors.isEmpty())
                continue;
            ++accepted;
            QList<QPair<QString, QString>> ordered;
            for (auto it = c.values.cbegin(); it != c.values.cend(); ++it)
                ordered.append({it.key(), it.value()});
            const QString path = m_dir.filePath(QStringLiteral("text.conf"));
            QCOMPARE(IniFile::write(path, ordered, false), QString());
            const IniFile::Contents again = IniFile::read(path);
            QCOMPARE(again.errors, QStringList());
            QCOMPARE(again.values, c.values);
        }
        // Not a vacuous test: a good share of the files were settings.
        QVERIFY2(accepted >= 30, qPrintable(QString::number(accepted)));

        // Any printable value the writer is given, it quotes so the reader
        // gets it back exactly.
        const QString printable = QStringLiteral("ab=[]; #\"\\ /:@,\u00fc");
        for (int i = 0; i < 200; ++i) {
            QString value;
            const int length = random.bounded(0, 12);
            for (int k = 0; k < length; ++k)
                value += printable.at(random.bounded(int(printable.size())));
            const QString path = m_dir.filePath(QStringLiteral("value.conf"));
            const QList<QPair<QString, QString>> one = {{QStringLiteral("g/k"), value}};
            QCOMPARE(IniFile::write(path, one, false), QString());
            QCOMPARE(IniFile::read(path).values.value(QStringLiteral("g/k")), value);
        }
        // What the reader would refuse is not written at all.
        const QString path = m_dir.filePath(QStringLiteral("refused.conf"));
        const QList<QPair<QString, QString>> newline = {
            {QStringLiteral("g/k"), QStringLiteral("a\nb")}};
        const QList<QPair<QString, QString>> noGroup = {{QStringLiteral("k"), QStringLiteral("v")}};
        QVERIFY(!IniFile::write(path, newline, false).isEmpty());
        QVERIFY(!IniFile::write(path, noGroup, false).isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void controlCharactersAreRefusedAndShownEscaped_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("ESC") << "mqtt/username"
                             << "a\x1b[31mred"
                             << "mqtt/username: \"a\\x1b[31mred\" is not allowed (control "
                                "character \\x1b); expected any text";
        QTest::newRow("forged line")
            << "device/name"
            << "x\nerror: camera/width: fine"
            << "device/name: \"x\\x0aerror: camera/width: fine\" is not allowed (control "
               "character \\x0a); expected 1 to 64 characters of A-Z, a-z, 0-9, _ and -";
        QTest::newRow("NUL in a number")
            << "camera/framerate" << QString(QStringLiteral("30") + QChar(0))
            << "camera/framerate: \"30\\x00\" is not allowed "
               "(control character \\x00); expected an integer from 1 "
               "to 60 frames per second";
        QTest::newRow("trailing newline in a bool")
            << "stream/enabled"
            << "true\n"
            << "stream/enabled: \"true\\x0a\" is not allowed (control character \\x0a); "
               "expected true or false";
        QTest::newRow("C1") << "mqtt/topic"
                            << QString(QStringLiteral("a") + QChar(0x9b) + QStringLiteral("2J"))
                            << "mqtt/topic: \"a\\x9b2J\" is not allowed (control character \\x9b); "
                               "expected an MQTT topic without + or #";
        QTest::newRow("DEL") << "mqtt/client_id"
                             << "a\x7f"
                             << "mqtt/client_id: \"a\\x7f\" is not allowed (control character "
                                "\\x7f); expected 1 to 64 characters";
        QTest::newRow("URL with password")
            << "stream/url"
            << "rtsp://u:secret@h:8554/c\tam"
            << "stream/url: \"rtsp://u:***@h:8554/c\\x09am\" is not allowed (control character "
               "\\x09); expected an rtsp:// or rtsps:// URL with a host and a path";
        // A secret is never shown, not even which character it holds.
        QTest::newRow("secret") << "mqtt/password"
                                << "hunter2\x1b"
                                << "mqtt/password: the value given is not allowed (a control "
                                   "character); expected any text";
    }
    void controlCharactersAreRefusedAndShownEscaped()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        // The file (through the schema), the panel's entry point and --set:
        // the same one line.
        QCOMPARE(SettingsSchema::parse(key, value).error, message);
        Settings s;
        QCOMPARE(s.setValue(key, value), message);
        const auto p = s.override(key + QLatin1Char('=') + value);
        QVERIFY(p.isError());
        QCOMPARE(p.message, message);
        QVERIFY(isOneCleanLine(message));
    }

    void setMessagesAreOneCleanLine()
    {
        Settings s;
        auto p = s.override(QStringLiteral("cam\x1b[2Jera/width=640"));
        QVERIFY(p.isError());
        QCOMPARE(p.message, QStringLiteral("--set \"cam\\x1b[2Jera/width\": control character "
                                           "\\x1b in the key; expected group/key=value"));
        p = s.override(QStringLiteral("\ncamera/width\t=640"));
        QVERIFY(p.isError());
        QCOMPARE(p.message, QStringLiteral("--set \"\\x0acamera/width\\x09\": control character "
                                           "\\x0a in the key; expected group/key=value"));
        // No '=': which part was the value cannot be told, so only the key-like start is shown.
        p = s.override(QStringLiteral("mqtt/password hunter2"));
        QVERIFY(p.isError());
        QCOMPARE(p.message, QStringLiteral("--set \"mqtt/password...\": expected group/key=value"));
        p = s.override(QStringLiteral("tcp://u:secret@h=1"));
        QVERIFY(p.isError());
        QVERIFY2(!p.message.contains(QStringLiteral("secret")), qPrintable(p.message));
        QVERIFY2(p.message.contains(QStringLiteral("not a group/key")), qPrintable(p.message));
        // An unknown key's value is never shown.
        p = s.override(QStringLiteral("mqtt/pass=tcp://u:secret@h"));
        QVERIFY(!p.isError());
        QCOMPARE(p.message, QStringLiteral("mqtt/pass: unknown setting, ignored"));
    }

    void refusedUrlsNeverShowTheirPassword_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::newRow("stream/url without a path") << "stream/url=rtsp://u:secret@h:8554";
        QTest::newRow("rtsps") << "stream/url=rtsps://u:secret@h";
        QTest::newRow("mqtt/url, bad scheme") << "mqtt/url=mqtt://u:secret@h:1883";
        QTest::newRow("slash in the password") << "mqtt/url=tcp://u:sec/ret@h:1883";
        QTest::newRow("blank in the password") << "mqtt/url=tcp://u:sec ret@h:1883";
        QTest::newRow("URL in another setting") << "mqtt/topic=tcp://u:secret@h/#";
    }
    void refusedUrlsNeverShowTheirPassword()
    {
        QFETCH(QString, assignment);
        Settings s;
        const auto p = s.override(assignment);
        QVERIFY(p.isError());
        QVERIFY2(!p.message.contains(QStringLiteral("secret")) &&
                     !p.message.contains(QStringLiteral("ret@")),
                 qPrintable(p.message));
        QVERIFY2(p.message.contains(QStringLiteral("://u:***@h")), qPrintable(p.message));

        const QString key = assignment.section(QLatin1Char('='), 0, 0);
        const QString value = assignment.section(QLatin1Char('='), 1);
        const QString path = writeFile(
            QStringLiteral("refused-url.conf"),
            QStringLiteral("[%1]\n%2=%3\n")
                .arg(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1), value)
                .toUtf8());
        Settings f;
        const auto problems = f.loadFile(path);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message, p.message);
    }

    void unknownKeysNeverShowTheirValue()
    {
        const QString path = writeFile(QStringLiteral("unknown-url.conf"),
                                       "[mqtt]\nold_url=tcp://u:secret@h:1883\n");
        Settings s;
        const auto problems = s.loadFile(path);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message,
                 QStringLiteral("mqtt/old_url: unknown setting in %1, ignored").arg(path));
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
