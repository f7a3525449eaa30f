// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "statussummary.h"

#include "config/settings.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
const QString DeviceKey = QStringLiteral("device/name");
const QString StreamEnabledKey = QStringLiteral("stream/enabled");

// Numbers in the screen's language (KioskScreen sets the default locale):
// "1,5 Mbit/s" in German.
QString formatBitrate(double bitsPerSecond)
{
    const QLocale locale;
    if (bitsPerSecond >= 1e6)
        return StatusSummary::tr("%1 Mbit/s").arg(locale.toString(bitsPerSecond / 1e6, 'f', 1));
    return StatusSummary::tr("%1 kbit/s")
        .arg(locale.toString(std::round(bitsPerSecond / 1e3), 'f', 0));
}
// "Reconnecting in 4 s · connection refused": what happens next, then why.
QString withError(const QString &text, const QString &error)
{
    return error.isEmpty() ? text : text + QStringLiteral(" · ") + error;
}

// A service's state as a level; only what "running" means differs per service.
StatusSummary::Level levelOf(const Service *service, StatusSummary::Level whenRunning)
{
    using Level = StatusSummary::Level;
    if (!service)
        return Level::Idle;
    switch (service->state()) {
    case Service::State::Stopped:
        return Level::Idle;
    case Service::State::Starting:
        return Level::Busy;
    case Service::State::Running:
        return whenRunning;
    case Service::State::Retrying:
        return Level::Warning;
    case Service::State::Failed:
        return Level::Error;
    }
    return Level::Idle;
}
} // namespace

StatusSummary::StatusSummary(const Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        emit streamChanged();
        emit mqttChanged();
        emit sensorsChanged();
        updateCountdown();
    });
    if (settings) {
        m_deviceName = settings->text(DeviceKey);
        connect(settings, &Settings::valueChanged, this, [this, settings](const QString &key) {
            if (key == StreamEnabledKey) {
                emit streamChanged();
                return;
            }
            if (key != DeviceKey)
                return;
            m_deviceName = settings->text(DeviceKey);
            emit deviceNameChanged();
        });
    }
}

void StatusSummary::watch(QPointer<Service> &slot, Service *service,
                          void (StatusSummary::*notify)())
{
    if (slot)
        slot->disconnect(this);
    slot = service;
    if (service) {
        connect(service, &Service::stateChanged, this, [this, notify] {
            (this->*notify)();
            updateCountdown();
        });
        connect(service, &Service::lastErrorChanged, this, notify);
        connect(service, &QObject::destroyed, this, notify);
    }
    (this->*notify)();
    updateCountdown();
}

void StatusSummary::setStreamService(Service *service)
{
    watch(m_stream, service, &StatusSummary::streamChanged);
}

void StatusSummary::setMqttService(Service *service)
{
    watch(m_mqtt, service, &StatusSummary::mqttChanged);
}

void StatusSummary::setSensorService(Service *service)
{
    watch(m_sensors, service, &StatusSummary::sensorsChanged);
}

void StatusSummary::setErrorSources(const QList<Service *> &services)
{
    for (Service *service : services) {
        connect(service, &Service::lastErrorChanged, this, [this, service](const QString &error) {
            if (error.isEmpty())
                return; // a recovery: the last error stays, with its time
            m_lastErrorService = service->name();
            m_lastErrorMessage = error;
            m_lastErrorAt = m_clock();
            emit lastErrorChanged();
        });
    }
}

QString StatusSummary::lastError() const
{
    if (m_lastErrorMessage.isEmpty())
        return {};
    // The time, the service's own name and its message: nothing to translate.
    return QStringLiteral("%1 %2: %3")
        .arg(QLocale().toString(m_lastErrorAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
             m_lastErrorService, m_lastErrorMessage);
}

void StatusSummary::setStreamStats(const StreamStats &stats)
{
    if (stats == m_streamStats)
        return;
    m_streamStats = stats;
    emit streamChanged();
}

void StatusSummary::setMqttStats(const MqttStats &stats)
{
    if (stats == m_mqttStats)
        return;
    m_mqttStats = stats;
    emit mqttChanged();
}

void StatusSummary::retranslate()
{
    emit streamChanged();
    emit mqttChanged();
    emit sensorsChanged();
    emit lastErrorChanged();
}

void StatusSummary::updateCountdown()
{
    const auto isRetrying = [](const Service *s) {
        return s && s->state() == Service::State::Retrying;
    };
    const bool retrying = isRetrying(m_stream) || isRetrying(m_mqtt) || isRetrying(m_sensors);
    if (retrying && !m_countdown.isActive())
        m_countdown.start();
    else if (!retrying)
        m_countdown.stop();
}

int StatusSummary::secondsUntil(const QDateTime &when) const
{
    if (!when.isValid())
        return 0;
    const qint64 ms = m_clock().msecsTo(when);
    return int(std::max<qint64>(0, (ms + 999) / 1000));
}

bool StatusSummary::streaming() const
{
    if (!m_stream)
        return false;
    const auto s = m_stream->state();
    return s == Service::State::Running || s == Service::State::Starting ||
           s == Service::State::Retrying;
}

QString StatusSummary::streamBlockedReason() const
{
    if (!m_stream)
        return tr("Streaming is not available");
    if (!streaming() && m_settings && !m_settings->boolValue(StreamEnabledKey))
        return tr("Streaming is off in Settings");
    return {};
}

void StatusSummary::setStreaming(bool on)
{
    // Starting a stream the settings switch off would only stop again.
    if (!m_stream || (on && !streamBlockedReason().isEmpty()))
        return;
    if (on)
        m_stream->start();
    else
        m_stream->stop();
}

StatusSummary::Level StatusSummary::streamLevel() const
{
    return levelOf(m_stream, m_streamStats.connected ? Level::Good : Level::Busy);
}

QString StatusSummary::streamText() const
{
    if (!m_stream)
        return tr("Stream not available");
    switch (m_stream->state()) {
    case Service::State::Stopped:
        return tr("Stream off");
    case Service::State::Starting:
        return tr("Connecting…");
    case Service::State::Running:
        if (!m_streamStats.connected)
            return tr("Connecting…");
        {
            QString live = tr("Live · %1 fps · %2")
                               .arg(QLocale().toString(m_streamStats.fps, 'f', 0))
                               .arg(formatBitrate(m_streamStats.bitrate));
            // Capture to socket: how long the picture took inside this device.
            if (m_streamStats.latencyMs > 0)
                live +=
                    QStringLiteral(" · ") + tr("%L1 ms").arg(std::round(m_streamStats.latencyMs));
            return live;
        }
    case Service::State::Retrying:
        return withError(tr("Reconnecting in %n s", nullptr, secondsUntil(m_stream->retryAt())),
                         m_stream->lastError());
    case Service::State::Failed:
        return m_stream->lastError().isEmpty() ? tr("Stream failed") : m_stream->lastError();
    }
    return {};
}

StatusSummary::Level StatusSummary::mqttLevel() const
{
    const bool worry = m_mqttStats.buffered > 0 || !m_mqttStats.storageProblem.isEmpty();
    return levelOf(m_mqtt, worry ? Level::Warning : Level::Good);
}

QString StatusSummary::mqttText() const
{
    if (!m_mqtt)
        return tr("MQTT not available");
    const int buffered = int(std::min<qint64>(m_mqttStats.buffered, 1000000000));
    const bool cardFails = !m_mqttStats.storageProblem.isEmpty();
    switch (m_mqtt->state()) {
    case Service::State::Stopped:
        return tr("MQTT off");
    case Service::State::Starting:
        return tr("MQTT connecting…");
    case Service::State::Running:
        if (cardFails)
            return tr("MQTT connected · the card cannot be written");
        if (buffered > 0)
            return tr("MQTT buffering %n reading(s)", nullptr, buffered);
        return tr("MQTT connected");
    case Service::State::Retrying:
        if (cardFails && buffered > 0)
            return tr("MQTT keeping %n reading(s) in memory: the card cannot be written", nullptr,
                      buffered);
        if (buffered > 0)
            return tr("MQTT buffering %n reading(s)", nullptr, buffered);
        return withError(tr("MQTT reconnecting in %n s", nullptr, secondsUntil(m_mqtt->retryAt())),
                         m_mqtt->lastError());
    case Service::State::Failed:
        return m_mqtt->lastError().isEmpty() ? tr("MQTT failed") : m_mqtt->lastError();
    }
    return {};
}

StatusSummary::Level StatusSummary::sensorsLevel() const
{
    return levelOf(m_sensors, Level::Good);
}

QString StatusSummary::sensorsText() const
{
    if (!m_sensors)
        return tr("Sensors not available");
    switch (m_sensors->state()) {
    case Service::State::Stopped:
        return tr("Sensors off");
    case Service::State::Starting:
        return tr("Sensors starting…");
    case Service::State::Running:
        return tr("Sensors working");
    case Service::State::Retrying:
        return withError(
            tr("Sensors retrying in %n s", nullptr, secondsUntil(m_sensors->retryAt())),
            m_sensors->lastError());
    case Service::State::Failed:
        return m_sensors->lastError().isEmpty() ? tr("Sensors failed") : m_sensors->lastError();
    }
    return {};
}
