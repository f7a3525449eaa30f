// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/deviceinfo.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestDeviceInfo : public QObject
{
    Q_OBJECT
private slots:
    void viewerUrlsHideCredentialsAndUseTheDevicesAddress()
    {
        QCOMPARE(DeviceInfo::webRtcPage(QStringLiteral("rtsp://cam:secret@localhost:8554/cam"),
                                        QStringLiteral("192.168.1.20")),
                 QStringLiteral("http://192.168.1.20:8889/cam"));
        QCOMPARE(DeviceInfo::webRtcPage(QStringLiteral("rtsps://media.example:8322/hall")),
                 QStringLiteral("https://media.example:8889/hall"));
        QCOMPARE(
            DeviceInfo::rtspWithoutCredentials(
                QStringLiteral("rtsp://cam:secret@127.0.0.1:8554/cam"), QStringLiteral("10.0.0.5")),
            QStringLiteral("rtsp://10.0.0.5:8554/cam"));
        QCOMPARE(DeviceInfo::webRtcPage(QStringLiteral("not a url")), QString());
    }

    void throttledFlagsInWords()
    {
        QCOMPARE(DeviceInfo::parseThrottled("throttled=0x50005\n"),
                 std::optional<quint32>(0x50005));
        QCOMPARE(DeviceInfo::parseThrottled("50000"), std::optional<quint32>(0x50000));
        QCOMPARE(DeviceInfo::parseThrottled("0x0"), std::optional<quint32>(0));
        QVERIFY(!DeviceInfo::parseThrottled("throttled="));
        QVERIFY(!DeviceInfo::parseThrottled("zz"));
        QCOMPARE(DeviceInfo::describeThrottled(0), QStringLiteral("none since boot"));
        QCOMPARE(DeviceInfo::describeThrottled(0x50005),
                 QStringLiteral("under-voltage now, throttled now"));
        QCOMPARE(DeviceInfo::describeThrottled(0x50000),
                 QStringLiteral("under-voltage since boot, throttled since boot"));
        QCOMPARE(DeviceInfo::describeThrottled(0x80008), QStringLiteral("temperature limit now"));
    }

    void factsFromTheirSources()
    {
        QTemporaryDir dir;
        Settings settings;
        QCOMPARE(settings.setValue(QStringLiteral("stream/url"),
                                   QStringLiteral("rtsp://u:pw@localhost:8554/cam")),
                 QString());
        QCOMPARE(settings.setValue(QStringLiteral("mqtt/url"),
                                   QStringLiteral("tcp://bob:hunter2@broker.lan:1883")),
                 QString());
        QCOMPARE(settings.setValue(QStringLiteral("mqtt/enabled"), QStringLiteral("false")),
                 QString());
        DeviceInfo::Sources sources;
        sources.uptimeFile = dir.filePath(QStringLiteral("uptime"));
        sources.thermalFile = dir.filePath(QStringLiteral("temp"));
        sources.platformRoot = dir.filePath(QStringLiteral("platform"));
        sources.vcgencmd = dir.filePath(QStringLiteral("no-vcgencmd"));
        sources.storagePath = dir.path();
        QVERIFY(writeFile(sources.uptimeFile, "93784.20 180000.00\n"));
        QVERIFY(writeFile(sources.thermalFile, "48312\n"));
        QVERIFY(writeFile(sources.platformRoot + QStringLiteral("/soc/soc:firmware/get_throttled"),
                          "50005\n"));

        DeviceInfo info(&settings);
        info.setSources(sources);
        info.setAddressSource([] {
            return QList<DeviceInfo::NamedAddress>{
                {QStringLiteral("wlan0"), QHostAddress(QStringLiteral("2001:db8::7"))},
                {QStringLiteral("eth0"), QHostAddress(QStringLiteral("192.168.1.20"))}};
        });
        QSignalSpy changed(&info, &DeviceInfo::changed);
        info.setActive(true);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(info.addresses(), (QStringList{"wlan0: 2001:db8::7", "eth0: 192.168.1.20"}));
        QCOMPARE(info.viewerUrl(), QStringLiteral("http://192.168.1.20:8889/cam"));
        QCOMPARE(info.rtspUrl(), QStringLiteral("rtsp://192.168.1.20:8554/cam"));
        QVERIFY2(!info.broker().contains(QStringLiteral("hunter2")), qPrintable(info.broker()));
        QVERIFY(info.broker().contains(QStringLiteral("broker.lan")));
        QCOMPARE(info.brokerState(), QStringLiteral("off"));
        QVERIFY2(info.uptime().startsWith(QStringLiteral("1 d 2 h (picam-kiosk ")),
                 qPrintable(info.uptime()));
        QCOMPARE(info.cpuTemperature(), QStringLiteral("48.3 °C"));
        QCOMPARE(info.throttling(), QStringLiteral("under-voltage now, throttled now"));
        QVERIFY(info.throttlingProblem());
        QVERIFY2(info.freeSpace().contains(QStringLiteral(" free of ")),
                 qPrintable(info.freeSpace()));
        QVERIFY(info.version().startsWith(QStringLiteral(PICAM_VERSION)));

        // Settings show at once; °F follows ui/temperature_unit.
        QCOMPARE(settings.setValue(QStringLiteral("ui/temperature_unit"), QStringLiteral("F")),
                 QString());
        QCOMPARE(info.cpuTemperature(), QStringLiteral("119.0 °F"));
        info.setActive(false);
    }

    // The stream's own latency figures (StreamStats), while it sends.
    void streamLatencyWhileConnected()
    {
        Settings settings;
        DeviceInfo info(&settings);
        QSignalSpy changed(&info, &DeviceInfo::changed);
        StreamStats stats;
        stats.latencyMs = 41.6;
        stats.latencyP99Ms = 88.2;
        info.setStreamStats(stats);
        QCOMPARE(info.streamLatency(), QString()); // not connected
        stats.connected = true;
        info.setStreamStats(stats);
        QCOMPARE(info.streamLatency(),
                 QStringLiteral("42 ms from capture to network (99 %: 88 ms)"));
        QCOMPARE(changed.count(), 1);
        stats.connected = false;
        info.setStreamStats(stats);
        QCOMPARE(info.streamLatency(), QString());
    }

    void missingSourcesSayNotAvailable()
    {
        QTemporaryDir dir;
        Settings settings;
        DeviceInfo::Sources sources;
        sources.uptimeFile = dir.filePath(QStringLiteral("none"));
        sources.thermalFile = dir.filePath(QStringLiteral("none"));
        sources.platformRoot = dir.filePath(QStringLiteral("none"));
        sources.vcgencmd = dir.filePath(QStringLiteral("none"));
        sources.storagePath = dir.path();
        DeviceInfo info(&settings);
        info.setSources(sources);
        info.setAddressSource([] { return QList<DeviceInfo::NamedAddress>(); });
        info.refresh();
        QCOMPARE(info.addresses(), QStringList{QStringLiteral("no network address")});
        QCOMPARE(info.cpuTemperature(), QStringLiteral("not available"));
        QCOMPARE(info.throttling(), QStringLiteral("not available"));
        QVERIFY(!info.throttlingProblem());
        QVERIFY(info.uptime().startsWith(QStringLiteral("picam-kiosk ")));
    }

    // Where there is no firmware file, vcgencmd is asked, without waiting.
    void vcgencmdIsAskedWhenThereIsNoFile()
    {
        QTemporaryDir dir;
        Settings settings;
        DeviceInfo::Sources sources;
        sources.platformRoot = dir.filePath(QStringLiteral("none"));
        sources.vcgencmd = dir.filePath(QStringLiteral("vcgencmd"));
        sources.storagePath = dir.path();
        QVERIFY(writeFile(sources.vcgencmd, "#!/bin/sh\necho throttled=0x20000\n"));
        QVERIFY(QFile::setPermissions(sources.vcgencmd,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        DeviceInfo info(&settings);
        info.setSources(sources);
        info.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(info.throttling(), QStringLiteral("frequency capped since boot"),
                                  10000);
        QVERIFY(info.throttlingProblem());
    }
};

QTEST_GUILESS_MAIN(TestDeviceInfo)
#include "test_deviceinfo.moc"
