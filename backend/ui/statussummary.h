// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "mqtt/mqttstats.h"
#include "system/service.h"
#include "video/streamstats.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class Settings;

// The status bar's words: the device name, the stream ("Live · 30 fps ·
// 1.0 Mbit/s", "Reconnecting in 4 s", the error) and MQTT ("Connected",
// "Buffering 12 readings", the error), each with a level the screen colours.
// Watches the "stream", "mqtt" and "sensors" services and their statistics,
// says why the stream button cannot act (streamBlockedReason) and keeps the
// last error any service reported, for the status details sheet.
class StatusSummary : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY deviceNameChanged)
    Q_PROPERTY(Level streamLevel READ streamLevel NOTIFY streamChanged)
    Q_PROPERTY(QString streamText READ streamText NOTIFY streamChanged)
    Q_PROPERTY(bool streamAvailable READ streamAvailable NOTIFY streamChanged)
    Q_PROPERTY(bool streaming READ streaming NOTIFY streamChanged)
    Q_PROPERTY(double streamFps READ streamFps NOTIFY streamChanged)
    Q_PROPERTY(Level mqttLevel READ mqttLevel NOTIFY mqttChanged)
    Q_PROPERTY(QString mqttText READ mqttText NOTIFY mqttChanged)
    Q_PROPERTY(QString streamBlockedReason READ streamBlockedReason NOTIFY streamChanged)
    Q_PROPERTY(Level sensorsLevel READ sensorsLevel NOTIFY sensorsChanged)
    Q_PROPERTY(QString sensorsText READ sensorsText NOTIFY sensorsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    // How the screen colours a state: grey, blue, green, amber, red.
    enum class Level { Idle, Busy, Good, Warning, Error };
    Q_ENUM(Level)

    using Clock = std::function<QDateTime()>;

    explicit StatusSummary(const Settings *settings = nullptr, QObject *parent = nullptr);

    QString deviceName() const { return m_deviceName; }
    Level streamLevel() const;
    QString streamText() const;
    bool streamAvailable() const { return !m_stream.isNull(); }
    // The stream service is on (running, starting or retrying).
    bool streaming() const;
    double streamFps() const { return m_streamStats.fps; }
    Level mqttLevel() const;
    QString mqttText() const;
    // Empty when the stream button can act; else why not ("Streaming is off
    // in Settings"). The stream can always be stopped.
    QString streamBlockedReason() const;
    Level sensorsLevel() const;
    QString sensorsText() const;
    // "14:03:12 stream: connection refused": the latest error any watched
    // service reported (kept after it recovers, with its time); empty if none.
    QString lastError() const;

    // For tests: the time "reconnecting in N s" counts against.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Starts or stops the "stream" service (the start/stop button).
    Q_INVOKABLE void setStreaming(bool on);

public slots:
    void setStreamService(Service *service);
    void setStreamStats(const StreamStats &stats);
    void setMqttService(Service *service);
    void setMqttStats(const MqttStats &stats);
    void setSensorService(Service *service);
    // Every service whose errors count for lastError().
    void setErrorSources(const QList<Service *> &services);
    // The texts are translated when read; tells QML to read them again.
    void retranslate();

signals:
    void deviceNameChanged();
    void streamChanged();
    void mqttChanged();
    void sensorsChanged();
    void lastErrorChanged();

private:
    void watch(QPointer<Service> &slot, Service *service, void (StatusSummary::*notify)());
    void updateCountdown();
    int secondsUntil(const QDateTime &when) const;

    const Settings *m_settings = nullptr;
    QString m_deviceName;
    QPointer<Service> m_sensors;
    QString m_lastErrorService;
    QString m_lastErrorMessage;
    QDateTime m_lastErrorAt;
    QPointer<Service> m_stream;
    QPointer<Service> m_mqtt;
    StreamStats m_streamStats;
    MqttStats m_mqttStats;
    QTimer m_countdown; // ticks while a service is retrying
    Clock m_clock;
};
