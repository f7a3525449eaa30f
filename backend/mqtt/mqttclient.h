// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "system/backoff.h"

#include <QByteArray>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class ConnectionProbe;

// The program's MQTT connection: Eclipse Paho's async client behind a
// Qt-facing class, so nothing outside backend/mqtt sees a Paho type.
//
// - Paho runs its own threads; its callbacks only post queued calls here, so
//   every signal comes on the thread that owns this object.
// - It reconnects by itself with the program's back-off (1 s doubling to
//   30 s), never in a tight loop, and says why each attempt failed.
// - Buffered messages (the readings) use Paho's send-while-disconnected
//   with file persistence: kept while the broker is away and across a
//   restart, up to the buffer limit (oldest dropped first and counted),
//   delivered in order after reconnecting.
// - Live messages (availability, discovery, stream state) are only sent
//   while connected, one at a time after the buffered backlog has gone, so
//   they never push a buffered reading out of Paho's bounded queue.
class MqttClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Retrying, Failed };
    Q_ENUM(State)

    struct Options
    {
        QString url; // tcp://, ssl://, ws:// or wss://
        QString clientId;
        QString username;
        QString password;
        QString caFile;               // empty: the system trust store
        QString certFile;             // client certificate, optional
        QString keyFile;              // its private key, optional
        QString persistenceDirectory; // empty: buffer in memory only
        int bufferLimit = 10000;
        QString willTopic; // empty: no will
        QByteArray willPayload;
        std::chrono::seconds keepAlive{15};
        std::chrono::seconds connectTimeout{10};
        std::chrono::milliseconds initialRetry{1000};
        std::chrono::milliseconds maximumRetry{30000};
    };

    explicit MqttClient(QObject *parent = nullptr);
    ~MqttClient() override;

    // Creates the Paho client and starts connecting. Returns false, state
    // Failed and the reason when the options can never work (bad URL,
    // unreadable files).
    bool open(const Options &options);
    // Orderly end: when connected, publishes lastWords (retained, QoS 1) and
    // waits for it, then disconnects; never takes longer than timeout.
    // Buffered messages stay in the persistence directory for the next run.
    void close(const QString &lastWordsTopic, const QByteArray &lastWords,
               std::chrono::milliseconds timeout);

    // A reading: buffered while disconnected. False if Paho refused it.
    bool publishBuffered(const QString &topic, const QByteArray &payload, int qos);
    // Availability, discovery, stream state: dropped when not connected (the
    // caller sends them again on connected()).
    void publishLive(const QString &topic, const QByteArray &payload, bool retained);
    // Subscribed again on every connect.
    void subscribe(const QString &topicFilter);

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    int attempts() const { return m_attempts; } // connect attempts since open()

    qint64 buffered() const { return m_pending + m_restored; }
    qint64 delivered() const { return m_delivered; }
    qint64 dropped() const { return m_dropped; }
    int recycles() const { return m_recycles; } // see recyclePaho()

    static QString stateName(State state);

    // While disconnected, the Paho client object is recreated after this many
    // dropped readings (see recyclePaho()).
    static constexpr int RecycleAfterDrops = 1000;
    // The longest a live message waits for the buffered backlog to go.
    static constexpr std::chrono::milliseconds LiveWait{5000};

signals:
    void stateChanged(MqttClient::State state, const QString &reason);
    void connected(); // on every (re)connect, after the state change
    void messageReceived(const QString &topic, const QByteArray &payload);
    void countersChanged();

private:
    struct Paho;
    struct LiveMessage
    {
        QString topic;
        QByteArray payload;
        bool retained;
    };

    void attemptConnect();
    void onConnected();
    void onConnectFailed(int code);
    void onConnectionLost(const QString &cause);
    void onDelivered(bool buffered, bool ok);
    void retry(const QString &reason);
    void setState(State state, const QString &reason = {});
    void sendNextLive();
    void destroyPaho();
    void recyclePaho();
    qint64 countRestored() const;

    Options m_options;
    std::unique_ptr<Paho> m_paho;
    State m_state = State::Disconnected;
    QString m_reason;
    Backoff m_backoff;
    std::chrono::milliseconds m_retryDelay{0};
    QTimer m_retryTimer;
    ConnectionProbe *m_probe = nullptr;
    int m_attempts = 0;
    int m_generation = 0; // of the Paho client; stale callbacks are ignored
    QStringList m_subscriptions;

    QQueue<LiveMessage> m_live;
    bool m_liveInFlight = false;
    QTimer m_liveWait;
    bool m_liveOverdue = false;

    qint64 m_pending = 0;       // buffered publishes not yet delivered
    qint64 m_restored = 0;      // restored from the last run, not yet delivered
    qint64 m_queuedOffline = 0; // publishes Paho holds while disconnected
    qint64 m_delivered = 0;
    qint64 m_dropped = 0;
    qint64 m_orphanedTokens = 0; // tokens Paho keeps for dropped publishes
    int m_recycles = 0;
};
