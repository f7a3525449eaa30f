// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "mqttclient.h"
#include "mqttstats.h"
#include "outbox/outbox.h"
#include "sensors/sensorreading.h"
#include "system/service.h"
#include "video/streamstats.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QTimer>

class Settings;

// Service "mqtt": publishes every sensor reading (kept in the Outbox while
// the broker is away, across restarts and power cuts too), the retained
// availability topic with a will, the retained stream state and Home
// Assistant discovery. The Outbox runs on a thread of its own: the SD card
// never stalls the screen or the connection.
class MqttService : public Service
{
    Q_OBJECT
public:
    explicit MqttService(const Settings &settings, QObject *parent = nullptr);
    ~MqttService() override;

    MqttStats stats() const;
    MqttClient::State connectionState() const;

    // Where waiting readings are kept: $STATE_DIRECTORY (set by systemd's
    // StateDirectory=) or the user's application data directory, + "/mqtt".
    static QString defaultBufferDirectory();
    // For tests and the benchmark; takes effect on the next start.
    void setBufferDirectory(const QString &directory) { m_bufferDirectory = directory; }

    // Orderly shutdown never waits longer than this for the broker.
    static constexpr std::chrono::milliseconds ShutdownTimeout{1500};
    // The retained stream state goes out at most this often unless the
    // stream goes up or down or reports a new error.
    static constexpr std::chrono::milliseconds StreamInterval{10000};

public slots:
    void publishReading(const SensorReading &reading);
    void publishStreamStats(const StreamStats &stats);

signals:
    void statsChanged(const MqttStats &stats);

    // To the Outbox, on its thread.
    void outboxOpen(const Outbox::Options &options);
    void outboxAdd(const QString &topic, const QByteArray &payload, int qos, bool retained);
    void outboxConnected(bool connected, int epoch);
    void outboxAcknowledge(quint64 seq, bool delivered);

protected:
    void startService() override;
    void stopService() override;

private:
    // Publishes "offline" if connected and lets the client go.
    void closeClient();
    void onClientState(MqttClient::State state, const QString &reason);
    void onConnected();
    void onMessage(const QString &topic, const QByteArray &payload);
    void sendDiscovery();
    void sendFromOutbox(const QList<OutboxMessage> &batch, int epoch);
    void onOutboxCounts(const Outbox::Counts &counts);
    void onOutboxProblem(const QString &problem);
    void startOutbox();
    void stopOutbox();
    void sendStreamState();
    void emitStatsSoon();

    const Settings &m_settings;
    QString m_bufferDirectory;
    QPointer<MqttClient> m_client;
    QThread m_outboxThread;
    Outbox *m_outbox = nullptr; // lives on m_outboxThread
    Outbox::Counts m_counts;
    QString m_outboxProblem;

    // Taken from the settings at start.
    QString m_device;
    QString m_topic;
    QString m_statusTopic;
    QString m_streamTopic;
    int m_qos = 1;
    bool m_homeAssistant = true;

    qint64 m_published = 0;
    MqttStats m_lastEmitted;
    QTimer m_statsTimer;

    StreamStats m_stream;
    bool m_haveStream = false;
    StreamStats m_streamSent;
    bool m_streamWasSent = false;
    QElapsedTimer m_streamClock;
    QTimer m_streamTimer;
};
