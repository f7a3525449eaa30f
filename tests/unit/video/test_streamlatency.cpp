// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// Where a picture's time goes in the program: queue, encoder, socket, on
// simulated clocks (an encoder without delay and one that holds frames).

#include "video/streamlatency.h"

#include <QTest>

namespace {
constexpr qint64 ms = 1000000;
}

class TestStreamLatency : public QObject
{
    Q_OBJECT
private slots:
    void nothingSentIsZero()
    {
        StreamLatency latency;
        StreamStats stats;
        stats.latencyMs = 99;
        latency.summarise(1000 * ms, stats);
        QCOMPARE(stats.latencyMs, 0.0);
        QCOMPARE(stats.latencyP99Ms, 0.0);
    }

    void stagesOfAnEncoderWithoutDelay()
    {
        StreamLatency latency;
        // Every 33 ms a frame: 4 ms in the queue, 10 ms encoding, 1 ms writing;
        // every 10th write waits 30 ms for the socket.
        qint64 t = 0;
        for (int i = 0; i < 100; ++i, t += 33 * ms) {
            latency.dequeued(t, t + 4 * ms);
            latency.encoded(t, t + 14 * ms);
            latency.sent(t, t + (i % 10 == 9 ? 44 : 15) * ms);
        }
        StreamStats stats;
        latency.summarise(t, stats);
        QCOMPARE(stats.queueMs, 4.0);
        QCOMPARE(stats.encodeMs, 10.0);
        QCOMPARE(stats.sendMs, 1.0);
        QCOMPARE(stats.latencyMs, 15.0);
        QCOMPARE(stats.latencyP99Ms, 44.0);
    }

    void anEncoderThatHoldsTwoFramesIsTimedPerFrame()
    {
        StreamLatency latency;
        // The packet of frame n comes out while frame n + 2 is encoded.
        const qint64 period = 33 * ms;
        for (int i = 0; i < 50; ++i) {
            const qint64 now = i * period + 2 * ms;
            latency.dequeued(i * period, now);
            if (i >= 2) {
                const qint64 capture = (i - 2) * period;
                latency.encoded(capture, now + 5 * ms);
                latency.sent(capture, now + 6 * ms);
            }
        }
        StreamStats stats;
        latency.summarise(50 * period, stats);
        QCOMPARE(stats.queueMs, 2.0);
        QCOMPARE(stats.encodeMs, 71.0); // two periods and 5 ms
        QCOMPARE(stats.sendMs, 1.0);
        QCOMPARE(stats.latencyMs, 74.0);
    }

    void packetsSkippedBeforeAKeyframeAreForgotten()
    {
        StreamLatency latency;
        for (int i = 0; i < 100; ++i) {
            latency.dequeued(i * ms, i * ms);
            latency.encoded(i * ms, i * ms + ms);
        }
        // Only the last one was sent: nothing is left behind to grow.
        latency.sent(99 * ms, 100 * ms + ms);
        StreamStats stats;
        latency.summarise(101 * ms, stats);
        QCOMPARE(stats.sendMs, 1.0);
        QCOMPARE(stats.latencyMs, 2.0);
    }

    void oldFiguresAgeOut()
    {
        StreamLatency latency;
        latency.dequeued(0, 0);
        latency.encoded(0, 500 * ms);
        latency.sent(0, 900 * ms);
        StreamStats stats;
        latency.summarise(12000 * ms, stats);
        QCOMPARE(stats.latencyMs, 0.0);
        QCOMPARE(stats.encodeMs, 0.0);
    }
};

QTEST_APPLESS_MAIN(TestStreamLatency)
#include "test_streamlatency.moc"
