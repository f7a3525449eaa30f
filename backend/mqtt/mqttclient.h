// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "system/backoff.h"

#include <QByteArray>
#include <QObject>
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
// - It keeps nothing: messages are only sent while connected. What must
//   survive an outage waits in the Outbox (backend/outbox), which hands it
//   over through publish() and learns from delivered() what the broker has.
//   Paho holds only the messages in flight, in memory, with a clean session:
//   after a reconnect the outbox sends again what was not confirmed.
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
        QString caFile;    // empty: the system trust store
        QString certFile;  // client certificate, optional
        QString keyFile;   // its private key, optional
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
    void close(const QString &lastWordsTopic, const QByteArray &lastWords,
               std::chrono::milliseconds timeout);

    // Sends a message the caller keeps until delivered(id, true) says the
    // broker has it (QoS 1/2: acknowledged; QoS 0: written). False, and no
    // delivered(), when not connected or Paho refused it.
    bool publish(const QString &topic, const QByteArray &payload, int qos, bool retained,
                 quint64 id);
    // Availability, discovery, stream state: dropped when not connected (the
    // caller sends them again on connected()).
    void publishLive(const QString &topic, const QByteArray &payload, bool retained);
    // Subscribed again on every connect.
    void subscribe(const QString &topicFilter);

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    int attempts() const { return m_attempts; } // connect attempts since open()
    // Counts the connections made since open(), so a caller can tell what it
    // handed over on an earlier one apart.
    int connections() const { return m_connections; }

    static QString stateName(State state);

    // Publishes Paho may hold at once, not yet written to the socket.
    static constexpr int MaxQueued = 1024;

signals:
    void stateChanged(MqttClient::State state, const QString &reason);
    void connected(); // on every (re)connect, after the state change
    // Connected -> not connected; whatever was in flight may not have arrived.
    void connectionLost();
    void delivered(quint64 id, bool ok);
    void messageReceived(const QString &topic, const QByteArray &payload);

private:
    struct Paho;

    void attemptConnect();
    void onConnected();
    void onConnectFailed(int code);
    void onConnectionLost(const QString &cause);
    void retry(const QString &reason);
    void setState(State state, const QString &reason = {});
    void destroyPaho();

    Options m_options;
    std::unique_ptr<Paho> m_paho;
    State m_state = State::Disconnected;
    QString m_reason;
    Backoff m_backoff;
    std::chrono::milliseconds m_retryDelay{0};
    QTimer m_retryTimer;
    ConnectionProbe *m_probe = nullptr;
    int m_attempts = 0;
    int m_connections = 0;
    int m_generation = 0; // of the Paho client; stale callbacks are ignored
    QStringList m_subscriptions;
};
