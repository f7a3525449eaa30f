// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "deviceinfo.h"

#include "config/settings.h"
#include "sensors/cputhermometer.h"
#include "system/redact.h"
#include "system/service.h"
#include "version.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkInterface>
#include <QStandardPaths>
#include <QUrl>

#include <sys/statvfs.h>

namespace {
constexpr int RefreshMs = 2000;
// MediaMTX's WebRTC page (webrtcAddress, deploy/server/mediamtx.yml).
constexpr int WebRtcPort = 8889;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The stream URL with the host another device should use, or invalid.
QUrl viewerBase(const QString &streamUrl, const QString &deviceAddress)
{
    QUrl url(streamUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    if (isLoopbackHost(url.host()) && !deviceAddress.isEmpty())
        url.setHost(deviceAddress);
    url.setUserInfo(QString());
    return url;
}

QString formatDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return DeviceInfo::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return DeviceInfo::tr("%1 h %2 min").arg(hours).arg(minutes);
    return DeviceInfo::tr("%1 min").arg(minutes);
}

// The state directory, as the MQTT journal and the PIN lockout use it.
QString defaultStoragePath()
{
    const QByteArray state = qgetenv("STATE_DIRECTORY");
    return state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                           : QFile::decodeName(state.split(':').constFirst());
}
} // namespace

DeviceInfo::DeviceInfo(const Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_addressSource(&DeviceInfo::systemAddresses)
    , m_startedMs(QDateTime::currentMSecsSinceEpoch())
{
    m_timer.setInterval(RefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &DeviceInfo::refresh);
    connect(settings, &Settings::valueChanged, this, [this] {
        if (m_active)
            refresh();
    });
}

DeviceInfo::~DeviceInfo()
{
    if (m_vcgencmd) {
        m_vcgencmd->disconnect(this);
        m_vcgencmd->kill();
        m_vcgencmd->waitForFinished(1000);
    }
}

void DeviceInfo::setSources(const Sources &sources)
{
    m_sources = sources;
    m_throttledKnown = false;
}

void DeviceInfo::setMqttService(Service *service)
{
    if (m_mqtt)
        m_mqtt->disconnect(this);
    m_mqtt = service;
    if (!service)
        return;
    const auto update = [this] {
        const QString state = mqttStateText();
        if (state != m_brokerState) {
            m_brokerState = state;
            emit changed();
        }
    };
    connect(service, &Service::stateChanged, this, update);
    connect(service, &Service::lastErrorChanged, this, update);
}

void DeviceInfo::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        refresh();
        m_timer.start();
    } else {
        m_timer.stop();
    }
    emit activeChanged();
}

QString DeviceInfo::version() const
{
    return QStringLiteral(PICAM_VERSION " · Qt ") + QString::fromLatin1(qVersion());
}

QList<DeviceInfo::NamedAddress> DeviceInfo::systemAddresses()
{
    QList<NamedAddress> out;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        const auto flags = i.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const auto entries = i.addressEntries();
        for (const QNetworkAddressEntry &e : entries) {
            // A link-local IPv6 address needs its interface to be typed in:
            // of no use to a person reading the screen.
            if (e.ip().isLinkLocal())
                continue;
            out.append({i.humanReadableName(), e.ip()});
        }
    }
    return out;
}

QString DeviceInfo::webRtcPage(const QString &streamUrl, const QString &deviceAddress)
{
    QUrl url = viewerBase(streamUrl, deviceAddress);
    if (!url.isValid())
        return {};
    url.setScheme(url.scheme() == QLatin1String("rtsps") ? QStringLiteral("https")
                                                         : QStringLiteral("http"));
    url.setPort(WebRtcPort);
    url.setQuery(QString());
    url.setFragment(QString());
    return url.toString();
}

QString DeviceInfo::rtspWithoutCredentials(const QString &streamUrl, const QString &deviceAddress)
{
    const QUrl url = viewerBase(streamUrl, deviceAddress);
    return url.isValid() ? url.toString() : QString();
}

std::optional<quint32> DeviceInfo::parseThrottled(const QByteArray &text)
{
    QByteArray t = text.trimmed();
    if (t.startsWith("throttled="))
        t = t.mid(10);
    if (t.startsWith("0x") || t.startsWith("0X"))
        t = t.mid(2);
    bool ok = false;
    const quint32 bits = t.toUInt(&ok, 16);
    if (!ok || t.isEmpty())
        return std::nullopt;
    return bits;
}

QString DeviceInfo::describeThrottled(quint32 bits)
{
    if (bits == 0)
        return tr("none since boot");
    QStringList parts;
    const auto say = [&parts, bits](quint32 now, quint32 occurred, const QString &whenNow,
                                    const QString &sinceBoot) {
        if (bits & now)
            parts << whenNow;
        else if (bits & occurred)
            parts << sinceBoot;
    };
    say(UnderVoltage, UnderVoltageOccurred, tr("under-voltage now"),
        tr("under-voltage since boot"));
    say(Throttled, ThrottledOccurred, tr("throttled now"), tr("throttled since boot"));
    say(FrequencyCapped, FrequencyCappedOccurred, tr("frequency capped now"),
        tr("frequency capped since boot"));
    say(SoftTemperatureLimit, SoftTemperatureLimitOccurred, tr("temperature limit now"),
        tr("temperature limit since boot"));
    if (parts.isEmpty())
        return tr("unknown flags 0x%1").arg(bits, 0, 16);
    return parts.join(QStringLiteral(", "));
}

QString DeviceInfo::findThrottledFile(const QString &platformRoot)
{
    // soc/soc:firmware on the Pi 1-4; the Pi 5 names its soc node by address.
    const QDir root(platformRoot);
    const QStringList socs =
        root.entryList({QStringLiteral("soc*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &soc : socs) {
        const QDir dir(root.filePath(soc));
        const QStringList firmware = dir.entryList({QStringLiteral("*:firmware")},
                                                   QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &f : firmware) {
            const QString path = dir.filePath(f + QStringLiteral("/get_throttled"));
            if (QFileInfo(path).isReadable())
                return path;
        }
    }
    return {};
}

void DeviceInfo::setStreamStats(const StreamStats &stats)
{
    m_streamStats = stats;
    const QString latency = stats.connected && stats.latencyMs > 0
                                ? tr("%1 ms from capture to network (99 %: %2 ms)")
                                      .arg(QLocale().toString(stats.latencyMs, 'f', 0),
                                           QLocale().toString(stats.latencyP99Ms, 'f', 0))
                                : QString();
    if (latency != m_streamLatency) {
        m_streamLatency = latency;
        emit changed();
    }
}

QString DeviceInfo::mqttStateText() const
{
    if (!m_settings->boolValue(QStringLiteral("mqtt/enabled")))
        return tr("off");
    if (!m_mqtt)
        return tr("not available");
    const QString error = m_mqtt->lastError();
    const auto withError = [&error](const QString &text) {
        return error.isEmpty() ? text : text + QStringLiteral(": ") + error;
    };
    switch (m_mqtt->state()) {
    case Service::State::Stopped:
        return tr("stopped");
    case Service::State::Starting:
        return tr("connecting");
    case Service::State::Running:
        return tr("connected");
    case Service::State::Retrying:
        return withError(tr("reconnecting"));
    case Service::State::Failed:
        return withError(tr("failed"));
    }
    return {};
}

void DeviceInfo::setThrottled(std::optional<quint32> bits)
{
    m_throttledBits = bits;
    const QString text = bits ? describeThrottled(*bits) : tr("not available");
    const bool problem = bits && *bits != 0;
    if (text != m_throttling || problem != m_throttlingProblem) {
        m_throttling = text;
        m_throttlingProblem = problem;
        emit changed();
    }
}

void DeviceInfo::readThrottled()
{
    const QString file = findThrottledFile(m_sources.platformRoot);
    if (!file.isEmpty()) {
        QFile f(file);
        setThrottled(f.open(QIODevice::ReadOnly) ? parseThrottled(f.read(64)) : std::nullopt);
        return;
    }
    const QString program = m_sources.vcgencmd.isEmpty()
                                ? QStandardPaths::findExecutable(QStringLiteral("vcgencmd"))
                                : m_sources.vcgencmd;
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        setThrottled(std::nullopt);
        return;
    }
    if (m_vcgencmd)
        return; // still asking
    // Asked without waiting: the firmware answers in milliseconds, but the
    // screen never waits for a program.
    m_vcgencmd = new QProcess(this);
    connect(m_vcgencmd, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QByteArray out = m_vcgencmd->readAllStandardOutput();
        m_vcgencmd->deleteLater();
        m_vcgencmd = nullptr;
        setThrottled(status == QProcess::NormalExit && code == 0 ? parseThrottled(out)
                                                                 : std::nullopt);
    });
    connect(m_vcgencmd, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_vcgencmd)
            return;
        m_vcgencmd->deleteLater();
        m_vcgencmd = nullptr;
        setThrottled(std::nullopt);
    });
    m_vcgencmd->start(program, {QStringLiteral("get_throttled")}, QIODevice::ReadOnly);
}

void DeviceInfo::refresh()
{
    bool different = false;
    const auto update = [&different](auto &member, const auto &value) {
        if (member != value) {
            member = value;
            different = true;
        }
    };

    // Addresses, IPv4 first within the list the system gives.
    const QList<NamedAddress> named = m_addressSource ? m_addressSource() : QList<NamedAddress>();
    QStringList addresses;
    QString deviceAddress;
    for (const NamedAddress &a : named) {
        QHostAddress ip = a.address;
        ip.setScopeId(QString());
        if (ip.protocol() == QAbstractSocket::IPv4Protocol && deviceAddress.isEmpty())
            deviceAddress = ip.toString();
        addresses << QStringLiteral("%1: %2").arg(a.interfaceName, ip.toString());
    }
    if (deviceAddress.isEmpty() && !named.isEmpty())
        deviceAddress = named.constFirst().address.toString();
    if (addresses.isEmpty())
        addresses << tr("no network address");
    update(m_addresses, addresses);

    const QString streamUrl = m_settings->text(QStringLiteral("stream/url"));
    update(m_viewerUrl, webRtcPage(streamUrl, deviceAddress));
    update(m_rtspUrl, rtspWithoutCredentials(streamUrl, deviceAddress));
    update(m_streamEnabled, m_settings->boolValue(QStringLiteral("stream/enabled")));
    update(m_broker, Redact::url(m_settings->text(QStringLiteral("mqtt/url"))));
    update(m_brokerState, mqttStateText());

    // Uptime: the system's (/proc/uptime) and this program's.
    QString uptime;
    QFile uptimeFile(m_sources.uptimeFile);
    const qint64 programSeconds = (QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000;
    bool ok = false;
    const double systemSeconds =
        uptimeFile.open(QIODevice::ReadOnly)
            ? uptimeFile.read(64).split(' ').constFirst().trimmed().toDouble(&ok)
            : 0;
    uptime = ok ? tr("%1 (picam-kiosk %2)")
                      .arg(formatDuration(qint64(systemSeconds)), formatDuration(programSeconds))
                : tr("picam-kiosk %1").arg(formatDuration(programSeconds));
    update(m_uptime, uptime);

    // Free space where the program keeps its state (the card).
    QString path = m_sources.storagePath.isEmpty() ? defaultStoragePath() : m_sources.storagePath;
    while (!path.isEmpty() && !QFileInfo::exists(path) && path != QLatin1String("/"))
        path = QFileInfo(path).absolutePath();
    // statvfs() rather than QStorageInfo: that looks the path up in the mount
    // table, which a container or chroot may not show.
    struct statvfs fs = {};
    QString freeSpace = tr("not available");
    bool low = false;
    if (::statvfs(QFile::encodeName(path).constData(), &fs) == 0 && fs.f_blocks > 0) {
        const QLocale locale;
        const qint64 available = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        const qint64 total = qint64(fs.f_blocks) * qint64(fs.f_frsize);
        freeSpace = tr("%1 free of %2 (%3 %)")
                        .arg(locale.formattedDataSize(available, 1, QLocale::DataSizeSIFormat),
                             locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat))
                        .arg(qRound(100.0 * double(available) / double(total)));
        low = available < total / 20 || available < 500'000'000;
    }
    update(m_freeSpace, freeSpace);
    update(m_freeSpaceLow, low);

    CpuThermometer thermometer(m_sources.thermalFile.isEmpty() ? CpuThermometer::defaultPath()
                                                               : m_sources.thermalFile);
    QString temperature = tr("not available");
    if (const auto celsius = thermometer.read()) {
        const bool fahrenheit =
            m_settings->text(QStringLiteral("ui/temperature_unit")) == QLatin1String("F");
        temperature = fahrenheit ? QStringLiteral("%1 °F").arg(*celsius * 9 / 5 + 32, 0, 'f', 1)
                                 : QStringLiteral("%1 °C").arg(*celsius, 0, 'f', 1);
    }
    update(m_cpuTemperature, temperature);

    if (different)
        emit changed();
    readThrottled(); // emits on its own when it changes
}
