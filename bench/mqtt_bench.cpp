// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// bench/mqtt: MqttService against a local mosquitto on loopback.
//  1. Latency from a reading's capture timestamp to receipt by an
//     independent subscriber (mosquitto_sub), at 10 readings a second.
//  2. Time to deliver 10,000 readings buffered during a broker outage, from
//     the broker's return and from the client's reconnect.
// Prints figures; never part of ctest.

#include "config/settings.h"
#include "mosquittobroker.h"
#include "mosquittosubscriber.h"
#include "mqtt/mqttservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using TestSupport::MosquittoBroker;
using TestSupport::MosquittoSubscriber;

namespace {

const QString topic = QStringLiteral("sensors/metrics");

SensorReading reading(qint64 ts)
{
    SensorReading r;
    r.timestampMs = ts;
    for (int f = 0; f < SensorReading::FieldCount; ++f)
        r.set(SensorReading::Field(f), 20.0 + f * 1.234);
    return r;
}

qint64 tsOf(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object().value(QStringLiteral("ts")).toInteger();
}

// Runs the event loop until done() or the timeout; false on timeout.
template<typename Done> bool spin(Done done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i =
        qsizetype(std::min<double>(double(v.size() - 1), p * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int latencySeconds = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    const int buffered = argc > 2 ? QByteArray(argv[2]).toInt() : 10000;

    MosquittoBroker broker;
    broker.setPersistence(true);
    const quint16 port = broker.addListener(MosquittoBroker::Protocol::Mqtt);
    if (!broker.start()) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(broker.error()));
        return 1;
    }
    MosquittoSubscriber sub;
    if (!sub.start(port, {topic}, QStringLiteral("bench-subscriber"))) {
        std::fprintf(stderr, "mosquitto_sub did not start\n");
        return 1;
    }

    Settings settings;
    for (const QString &a :
         {QStringLiteral("device/name=bench"),
          QStringLiteral("mqtt/url=tcp://127.0.0.1:%1").arg(port), QStringLiteral("mqtt/qos=1"),
          QStringLiteral("mqtt/homeassistant=false"),
          QStringLiteral("mqtt/buffer_limit=%1").arg(buffered * 2)})
        settings.override(a);
    QTemporaryDir bufferDir;
    MqttService mqtt(settings);
    mqtt.setBufferDirectory(bufferDir.path());
    mqtt.start();
    if (!spin([&] { return mqtt.state() == Service::State::Running; }, 15000)) {
        std::fprintf(stderr, "no connection: %s\n", qPrintable(mqtt.lastError()));
        return 1;
    }

    // 1. Latency at 10 readings a second.
    std::printf("latency: %d s at 10 readings/s, QoS 1, loopback...\n", latencySeconds);
    std::fflush(stdout);
    const int count = latencySeconds * 10;
    int sent = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        if (sent < count) {
            mqtt.publishReading(reading(QDateTime::currentMSecsSinceEpoch()));
            ++sent;
        }
    });
    sampler.start(100);
    spin([&] { return sent >= count && sub.messages(topic).size() >= count; },
         latencySeconds * 1000 + 20000);
    sampler.stop();
    QList<double> latencies;
    for (const auto &m : sub.messages(topic))
        latencies << m.receivedAt * 1000.0 - double(tsOf(m.payload));
    std::printf("  %lld of %d received; latency median %.2f ms, p99 %.2f ms, max %.2f ms\n",
                static_cast<long long>(latencies.size()), count, percentile(latencies, 0.5),
                percentile(latencies, 0.99), percentile(latencies, 1.0));

    // 2. Outage: buffer N readings, bring the broker back, time the flush.
    const qsizetype before = sub.messages(topic).size();
    broker.stop();
    spin([&] { return mqtt.state() == Service::State::Retrying; }, 15000);
    const qint64 firstTs = 1'000'000'000'000;
    for (int i = 0; i < buffered; ++i)
        mqtt.publishReading(reading(firstTs + i));
    std::printf("outage: %d readings buffered (%lld counted), broker restarting...\n", buffered,
                static_cast<long long>(mqtt.stats().buffered));
    std::fflush(stdout);
    if (!broker.start()) {
        std::fprintf(stderr, "broker restart: %s\n", qPrintable(broker.error()));
        return 1;
    }
    QElapsedTimer sinceBroker;
    sinceBroker.start();
    qint64 connectedAfter = -1;
    QSet<qint64> got;
    qsizetype seen = before;
    const bool all = spin(
        [&] {
            if (connectedAfter < 0 && mqtt.state() == Service::State::Running)
                connectedAfter = sinceBroker.elapsed();
            const auto messages = sub.messages(topic);
            for (; seen < messages.size(); ++seen) {
                const qint64 ts = tsOf(messages[seen].payload);
                if (ts >= firstTs)
                    got << ts;
            }
            return got.size() >= buffered;
        },
        120000);
    const qint64 total = sinceBroker.elapsed();
    std::printf("  %s: %lld of %d delivered; reconnected %.2f s after the broker returned, "
                "all delivered %.2f s after it (%.2f s after reconnecting, %.0f readings/s)\n",
                all ? "ok" : "INCOMPLETE", static_cast<long long>(got.size()), buffered,
                connectedAfter / 1000.0, total / 1000.0, (total - connectedAfter) / 1000.0,
                got.size() / qMax(0.001, (total - connectedAfter) / 1000.0));
    mqtt.stop();
    return all ? 0 : 1;
}
