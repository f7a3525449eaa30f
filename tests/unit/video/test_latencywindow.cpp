// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The stream's latency window: median and p99 of the last 10 s, older
// samples forgotten.

#include "video/latencywindow.h"

#include <QTest>

using namespace std::chrono_literals;

class TestLatencyWindow : public QObject
{
    Q_OBJECT
private slots:
    void emptyIsZero()
    {
        LatencyWindow w;
        const auto s = w.summary(0);
        QCOMPARE(s.samples, 0);
        QCOMPARE(s.median, 0.0);
    }

    void medianAndP99()
    {
        LatencyWindow w(10s);
        // 1..100 ms, one every 10 ms of time.
        for (int i = 1; i <= 100; ++i)
            w.add(qint64(i) * 10000000, double(i));
        const auto s = w.summary(qint64(100) * 10000000);
        QCOMPARE(s.samples, 100);
        QCOMPARE(s.median, 51.0);
        QCOMPARE(s.p99, 100.0);
    }

    void oldSamplesAreForgotten()
    {
        LatencyWindow w(10s);
        w.add(0, 500.0); // a spike long ago
        for (int i = 0; i < 10; ++i)
            w.add(qint64(11 + i) * 1000000000, 20.0);
        const auto s = w.summary(qint64(20) * 1000000000);
        QCOMPARE(s.samples, 10);
        QCOMPARE(s.p99, 20.0);
        QCOMPARE(w.summary(qint64(40) * 1000000000).samples, 0);
    }
};

QTEST_GUILESS_MAIN(TestLatencyWindow)
#include "test_latencywindow.moc"
