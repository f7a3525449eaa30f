// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// bench/mqtt: MqttService against a local mosquitto on loopback.
//  1. Latency from a reading's capture timestamp to receipt by an
//     independent subscriber (mosquitto_sub), at 10 readings a second, and
//     what that costs the SD card while connected.
//  2. Time to deliver 10,000 readings buffered during a broker outage, from
//     the broker's return and from the client's reconnect; bytes written to
//     the disk and files created while buffering.
//  3. A day-long outage at one reading a second (86,400 readings, made as
//     fast as they come): all kept, all delivered, in order.
// Disk figures: bytes the device under the buffer directory wrote (after a
// syncfs, so writes the kernel would make later count too) and files created
// there (inotify). The directory is $PICAM_BENCH_DIR (default /var/tmp);
// bench/mqtt gives it a filesystem of its own when run as root. Prints
// figures; never part of ctest.

#include "config/settings.h"
#include "mosquittobroker.h"
#include "mosquittosubscriber.h"
#include "mqtt/mqttservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

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

// Runs the event loop until done() or the timeout; false on timeout. The
// main thread never sleeps: it is the one that hands readings to the client.
template<typename Done> bool spin(Done done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

// What the disk holding dir has written so far, in bytes (sectors written,
// from /sys/dev/block/MAJ:MIN/stat), after flushing that filesystem: what
// really reached the device, not what was written into the page cache and
// thrown away. Only meaningful on a filesystem of the bench's own (bench/mqtt
// makes one when run as root), as other processes write to a shared one.
qint64 deviceBytesWritten(const QString &dir)
{
    const QByteArray path = QFile::encodeName(dir);
    if (const int fd = open(path.constData(), O_RDONLY | O_DIRECTORY); fd >= 0) {
        syncfs(fd);
        close(fd);
    }
    struct stat st = {};
    if (stat(path.constData(), &st) != 0)
        return -1;
    QFile f(
        QStringLiteral("/sys/dev/block/%1:%2/stat").arg(major(st.st_dev)).arg(minor(st.st_dev)));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    return fields.size() > 6 ? fields[6].toLongLong() * 512 : -1;
}

// Counts the files created under a directory (and its subdirectories, which
// Paho's old file persistence made) while it lives.
class CreationCounter
{
public:
    explicit CreationCounter(const QString &dir)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        watch(dir);
    }
    ~CreationCounter() { close(m_fd); }
    qint64 files()
    {
        alignas(inotify_event) char buffer[64 * 1024];
        ssize_t n;
        while ((n = read(m_fd, buffer, sizeof buffer)) > 0) {
            for (char *p = buffer; p < buffer + n;) {
                const auto *e = reinterpret_cast<const inotify_event *>(p);
                if (e->mask & IN_CREATE) {
                    if (e->mask & IN_ISDIR)
                        watch(m_dirs.value(e->wd) + QLatin1Char('/') + QString::fromUtf8(e->name));
                    else
                        ++m_files;
                }
                p += sizeof(inotify_event) + e->len;
            }
        }
        return m_files;
    }

private:
    void watch(const QString &dir)
    {
        const int wd = inotify_add_watch(m_fd, QFile::encodeName(dir).constData(), IN_CREATE);
        if (wd >= 0)
            m_dirs.insert(wd, dir);
        for (const QString &sub : QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            watch(dir + QLatin1Char('/') + sub);
    }
    int m_fd;
    QHash<int, QString> m_dirs;
    qint64 m_files = 0;
};

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
    const int dayLong = argc > 3 ? QByteArray(argv[3]).toInt() : 86400;

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
          QStringLiteral("mqtt/buffer_limit=%1").arg(std::max(buffered, dayLong) + 100)})
        settings.override(a);
    const QString benchRoot = qEnvironmentVariable("PICAM_BENCH_DIR", QStringLiteral("/var/tmp"));
    QTemporaryDir bufferDir(benchRoot + QStringLiteral("/picam-bench-mqtt-XXXXXX"));
    CreationCounter created(bufferDir.path());
    MqttService mqtt(settings);
    mqtt.setBufferDirectory(bufferDir.path());
    mqtt.start();
    if (!spin([&] { return mqtt.state() == Service::State::Running; }, 15000)) {
        std::fprintf(stderr, "no connection: %s\n", qPrintable(mqtt.lastError()));
        return 1;
    }
    std::printf("buffer directory: %s\n", qPrintable(bufferDir.path()));

    // 1. Latency at 10 readings a second, and the disk while connected.
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
    qint64 bytesBefore = deviceBytesWritten(bufferDir.path());
    qint64 filesBefore = created.files();
    sampler.start(100);
    spin([&] { return sent >= count && sub.messages(topic).size() >= count; },
         latencySeconds * 1000 + 20000);
    sampler.stop();
    // Let the journal's next sync tick pass, so its cost is counted.
    QTimer::singleShot(1500, &app, [] {});
    spin([] { return false; }, 1500);
    QList<double> latencies;
    for (const auto &m : sub.messages(topic))
        latencies << m.receivedAt * 1000.0 - double(tsOf(m.payload));
    std::printf("  %lld of %d received; latency median %.2f ms, p99 %.2f ms, max %.2f ms\n",
                static_cast<long long>(latencies.size()), count, percentile(latencies, 0.5),
                percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::printf(
        "  disk while connected: %.0f bytes reached the device per reading, %.1f files created per "
        "1,000 readings\n",
        double(deviceBytesWritten(bufferDir.path()) - bytesBefore) / count,
        1000.0 * double(created.files() - filesBefore) / count);

    // 2. and 3. An outage: n readings kept while the broker is away, then
    // delivered; the time from the reconnect, the disk while keeping them,
    // and whether every one arrived once, in order.
    qint64 nextTs = 1'000'000'000'000;
    const auto outage = [&](int n, const char *name) {
        const qsizetype before = sub.messages().size();
        broker.stop();
        spin([&] { return mqtt.state() == Service::State::Retrying; }, 15000);
        const qint64 firstTs = nextTs;
        bytesBefore = deviceBytesWritten(bufferDir.path());
        filesBefore = created.files();
        QElapsedTimer keeping;
        keeping.start();
        for (int i = 0; i < n; ++i)
            mqtt.publishReading(reading(nextTs++));
        // Until the outbox has them all (it works on a thread of its own).
        spin([&] { return mqtt.stats().buffered >= n; }, 120000);
        spin([] { return false; }, 1500); // its sync tick
        std::printf("%s: %d readings kept in %.2f s (%lld counted): %.0f bytes reached the "
                    "device per reading, %.1f files created per 1,000 readings\n",
                    name, n, keeping.elapsed() / 1000.0,
                    static_cast<long long>(mqtt.stats().buffered),
                    double(deviceBytesWritten(bufferDir.path()) - bytesBefore) / n,
                    1000.0 * double(created.files() - filesBefore) / n);
        std::fflush(stdout);
        if (!broker.start()) {
            std::fprintf(stderr, "broker restart: %s\n", qPrintable(broker.error()));
            return false;
        }
        QElapsedTimer sinceBroker;
        sinceBroker.start();
        qint64 connectedAfter = -1;
        QList<qint64> arrived;
        QSet<qint64> unique;
        qsizetype seen = before;
        const bool complete = spin(
            [&] {
                if (connectedAfter < 0 && mqtt.state() == Service::State::Running)
                    connectedAfter = sinceBroker.elapsed();
                // Only the readings topic is subscribed: the whole list, unfiltered.
                const auto messages = sub.messages();
                for (; seen < messages.size(); ++seen) {
                    const qint64 ts = tsOf(messages[seen].payload);
                    if (ts >= firstTs) {
                        arrived << ts;
                        unique.insert(ts);
                    }
                }
                return unique.size() >= n;
            },
            300000);
        const qint64 total = sinceBroker.elapsed();
        int outOfOrder = 0;
        for (qsizetype i = 1; i < arrived.size(); ++i)
            outOfOrder += arrived[i] <= arrived[i - 1];
        std::printf("  %s: %lld of %d delivered (%lld duplicates, %d out of order); reconnected "
                    "%.2f s after the broker returned, all delivered %.2f s after it (%.2f s "
                    "after reconnecting, %.0f readings/s)\n",
                    complete && outOfOrder == 0 ? "ok" : "INCOMPLETE",
                    static_cast<long long>(unique.size()), n,
                    static_cast<long long>(arrived.size() - unique.size()), outOfOrder,
                    connectedAfter / 1000.0, total / 1000.0, (total - connectedAfter) / 1000.0,
                    unique.size() / qMax(0.001, (total - connectedAfter) / 1000.0));
        std::fflush(stdout);
        return complete && outOfOrder == 0;
    };
    bool ok = outage(buffered, "outage");
    if (dayLong > 0)
        ok = outage(dayLong, "day-long outage") && ok;
    mqtt.stop();
    return ok ? 0 : 1;
}
