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
// Watches the "stream" and "mqtt" services and their statistics.
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

    // For tests: the time "reconnecting in N s" counts against.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Starts or stops the "stream" service (the start/stop button).
    Q_INVOKABLE void setStreaming(bool on);

public slots:
    void setStreamService(Service *service);
    void setStreamStats(const StreamStats &stats);
    void setMqttService(Service *service);
    void setMqttStats(const MqttStats &stats);
    // The texts are translated when read; tells QML to read them again.
    void retranslate();

signals:
    void deviceNameChanged();
    void streamChanged();
    void mqttChanged();

private:
    void watch(QPointer<Service> &slot, Service *service, void (StatusSummary::*notify)());
    void updateCountdown();
    int secondsUntil(const QDateTime &when) const;

    QString m_deviceName;
    QPointer<Service> m_stream;
    QPointer<Service> m_mqtt;
    StreamStats m_streamStats;
    MqttStats m_mqttStats;
    QTimer m_countdown; // ticks while a service is retrying
    Clock m_clock;
};
