// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "events/event.h"
#include "mqttclient.h"
#include "mqttcommand.h"
#include "mqttstats.h"
#include "outbox/outbox.h"
#include "sensors/sensorreading.h"
#include "system/service.h"
#include "video/streamstats.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <array>
#include <functional>
#include <optional>

class Settings;

// Service "mqtt": publishes every sensor reading and every event (kept in
// the Outbox while the broker is away, across restarts and power cuts too),
// the retained availability topic with a will, the retained stream state,
// the last snapshot, the states of motion, tamper and the switches, and Home
// Assistant discovery; takes the commands on picam/{device}/set/... (with
// mqtt/commands) and hands them to the command handler. The Outbox runs on a
// thread of its own: the SD card never stalls the screen or the connection.
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

    // What a command did: ok and the switch's state now, or why it could
    // not be done (refused: logged, nothing changed).
    struct CommandOutcome
    {
        bool ok = true;
        bool on = false;
        QString error;
    };
    using CommandHandler = std::function<CommandOutcome(const MqttCommand::Command &)>;
    // Who carries out the commands (the composition root); none: every
    // command is refused as not available.
    void setCommandHandler(CommandHandler handler) { m_commandHandler = std::move(handler); }

    // Orderly shutdown never waits longer than this for the broker.
    static constexpr std::chrono::milliseconds ShutdownTimeout{1500};
    // The retained stream state goes out at most this often unless the
    // stream goes up or down or reports a new error.
    static constexpr std::chrono::milliseconds StreamInterval{10000};

public slots:
    void publishReading(const SensorReading &reading);
    void publishStreamStats(const StreamStats &stats);
    // Events: picam/{device}/event (QoS 1, through the Outbox, never lost)
    // and the retained ON/OFF of picam/{device}/state/motion or tamper.
    void publishEventStarted(const Event &event);
    void publishEventEnded(const Event &event);
    // The newest snapshot, retained on picam/{device}/snapshot (the latest
    // one only: sent on the next connect when the broker is away); its
    // outcome on picam/{device}/state/snapshot.
    void publishSnapshot(const QByteArray &jpeg);
    void publishSnapshotFailed(const QString &reason);
    // A switch (stream, detection) changed: its retained state topic.
    void setSwitchState(MqttCommand::Kind kind, bool on);

signals:
    void statsChanged(const MqttStats &stats);
    // A command was refused (logged and published on state/refused).
    void commandRefused(const QString &topic, const QString &reason);

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
    void handleCommand(const QString &topic, const QByteArray &payload);
    void refuseCommand(const QString &topic, const QString &reason);
    void sendStates();
    void sendState(const QString &topic, bool on);
    void sendSnapshot();
    static int switchIndex(MqttCommand::Kind kind)
    {
        return kind == MqttCommand::Kind::Stream ? 0 : 1;
    }

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
    QString m_eventTopic;
    QString m_snapshotTopic;
    int m_qos = 1;
    bool m_homeAssistant = true;
    bool m_commands = true;
    CommandHandler m_commandHandler;
    std::optional<MqttCommand::Kind> m_commandInProgress;
    std::array<std::optional<bool>, 2> m_switches; // stream, detection
    std::array<bool, 2> m_active{};                // motion, tamper
    QByteArray m_snapshot;
    bool m_snapshotUnsent = false;

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
