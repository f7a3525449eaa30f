// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "video/streamstats.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class Service;
class Settings;

// The device page's facts, as words for the screen: the device's addresses,
// where to watch the stream (the MediaMTX WebRTC page, http://HOST:8889/PATH,
// and the RTSP URL, both without credentials; a QR code of the page is drawn
// from viewerUrl), the broker (password masked) and the MQTT state, the
// version, uptime, free space on the card, the CPU temperature and the
// firmware's throttling flags (get_throttled). Read again every two seconds
// while the page is shown (active).
class DeviceInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QStringList addresses READ addresses NOTIFY changed)
    Q_PROPERTY(QString viewerUrl READ viewerUrl NOTIFY changed)
    Q_PROPERTY(QString rtspUrl READ rtspUrl NOTIFY changed)
    Q_PROPERTY(bool streamEnabled READ streamEnabled NOTIFY changed)
    Q_PROPERTY(QString streamLatency READ streamLatency NOTIFY changed)
    Q_PROPERTY(QString broker READ broker NOTIFY changed)
    Q_PROPERTY(QString brokerState READ brokerState NOTIFY changed)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString uptime READ uptime NOTIFY changed)
    Q_PROPERTY(QString freeSpace READ freeSpace NOTIFY changed)
    Q_PROPERTY(bool freeSpaceLow READ freeSpaceLow NOTIFY changed)
    Q_PROPERTY(QString cpuTemperature READ cpuTemperature NOTIFY changed)
    Q_PROPERTY(QString throttling READ throttling NOTIFY changed)
    Q_PROPERTY(bool throttlingProblem READ throttlingProblem NOTIFY changed)

public:
    // Where the facts are read from; tests point these at temporary files.
    struct Sources
    {
        QString uptimeFile = QStringLiteral("/proc/uptime");
        QString thermalFile; // empty: CpuThermometer's default
        // Searched for soc*/*:firmware/get_throttled (the firmware driver's
        // sysfs file, readable by anyone); empty: the system's.
        QString platformRoot = QStringLiteral("/sys/devices/platform");
        // Asked when there is no such file; empty: "vcgencmd" on the PATH.
        QString vcgencmd;
        // The directory whose file system is "the card": the state directory.
        QString storagePath;
    };
    struct NamedAddress
    {
        QString interfaceName;
        QHostAddress address;
    };
    using AddressSource = std::function<QList<NamedAddress>()>;

    // The firmware's get_throttled bits.
    enum ThrottledBit : quint32 {
        UnderVoltage = 1u << 0,
        FrequencyCapped = 1u << 1,
        Throttled = 1u << 2,
        SoftTemperatureLimit = 1u << 3,
        UnderVoltageOccurred = 1u << 16,
        FrequencyCappedOccurred = 1u << 17,
        ThrottledOccurred = 1u << 18,
        SoftTemperatureLimitOccurred = 1u << 19,
    };

    explicit DeviceInfo(const Settings *settings, QObject *parent = nullptr);
    ~DeviceInfo() override;

    void setSources(const Sources &sources);
    void setAddressSource(AddressSource source) { m_addressSource = std::move(source); }
    // The "mqtt" service, whose state the page shows.
    void setMqttService(Service *service);

    bool active() const { return m_active; }
    void setActive(bool active);

    QStringList addresses() const { return m_addresses; }
    QString viewerUrl() const { return m_viewerUrl; }
    QString rtspUrl() const { return m_rtspUrl; }
    bool streamEnabled() const { return m_streamEnabled; }
    // The stream's capture-to-network latency (StreamStats::latencyMs, its
    // 99th percentile) in words; "" while nothing is sent.
    QString streamLatency() const { return m_streamLatency; }
    QString broker() const { return m_broker; }
    QString brokerState() const { return m_brokerState; }
    QString version() const;
    QString uptime() const { return m_uptime; }
    QString freeSpace() const { return m_freeSpace; }
    bool freeSpaceLow() const { return m_freeSpaceLow; }
    QString cpuTemperature() const { return m_cpuTemperature; }
    QString throttling() const { return m_throttling; }
    bool throttlingProblem() const { return m_throttlingProblem; }

    // The viewer's addresses for a stream/url: the MediaMTX WebRTC page
    // (http, or https for rtsps, port 8889) and the RTSP URL, both without
    // user and password. A loopback host (MediaMTX on this device) becomes
    // deviceAddress, so another device can open it.
    static QString webRtcPage(const QString &streamUrl, const QString &deviceAddress = {});
    static QString rtspWithoutCredentials(const QString &streamUrl,
                                          const QString &deviceAddress = {});
    // get_throttled in words ("under-voltage now, throttled since boot").
    static QString describeThrottled(quint32 bits);
    // "0x50005", "50005" or "throttled=0x50005" as the firmware says it.
    static std::optional<quint32> parseThrottled(const QByteArray &text);
    // The firmware driver's get_throttled file under a platform directory.
    static QString findThrottledFile(const QString &platformRoot);
    static QList<NamedAddress> systemAddresses();

public slots:
    void refresh();
    void setStreamStats(const StreamStats &stats);
    // The words are in the screen's language.
    void retranslate() { refresh(); }

signals:
    void activeChanged();
    void changed();

private:
    void readThrottled();
    void setThrottled(std::optional<quint32> bits);
    QString mqttStateText() const;

    const Settings *m_settings;
    Sources m_sources;
    AddressSource m_addressSource;
    QPointer<Service> m_mqtt;
    bool m_active = false;
    QTimer m_timer;
    qint64 m_startedMs = 0; // the program's start, for its uptime
    QProcess *m_vcgencmd = nullptr;

    QStringList m_addresses;
    QString m_viewerUrl;
    QString m_rtspUrl;
    bool m_streamEnabled = false;
    StreamStats m_streamStats;
    QString m_streamLatency;
    QString m_broker;
    QString m_brokerState;
    QString m_uptime;
    QString m_freeSpace;
    bool m_freeSpaceLow = false;
    QString m_cpuTemperature;
    std::optional<quint32> m_throttledBits;
    bool m_throttledKnown = false; // a source answered at least once
    QString m_throttling;
    bool m_throttlingProblem = false;
};
