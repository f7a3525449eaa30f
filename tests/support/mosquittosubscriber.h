// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace TestSupport {

// An independent MQTT subscriber: mosquitto_sub as a child process, each
// message collected as (receive time, topic, payload).
class MosquittoSubscriber
{
public:
    struct Message
    {
        double receivedAt = 0; // Unix time in seconds, from mosquitto_sub
        QString topic;
        QByteArray payload;
        bool retained = false;
    };

    MosquittoSubscriber() = default;
    ~MosquittoSubscriber();

    // clientId non-empty: a persistent session (-c), so QoS 1 messages
    // published while it is away are kept for it. Waits until subscribed.
    bool start(quint16 port, const QStringList &topics, const QString &clientId = {}, int qos = 1);
    void stop();

    QList<Message> messages(const QString &topic = {});
    // Polls until count messages on topic arrived (all topics if empty),
    // running the event loop meanwhile.
    bool waitForCount(int count, const QString &topic = {}, int timeoutMs = 15000);

    // The retained message on a topic, or an empty optional-like result:
    // ok=false when none arrives within timeoutMs.
    static QByteArray retained(quint16 port, const QString &topic, bool *ok, int timeoutMs = 5000);
    // mosquitto_pub one message.
    static bool publish(quint16 port, const QString &topic, const QByteArray &payload,
                        bool retain = false);

private:
    void readLines();

    QProcess m_process;
    QByteArray m_partial;
    QList<Message> m_messages;
};

} // namespace TestSupport
