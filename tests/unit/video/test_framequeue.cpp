// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "video/framequeue.h"

#include <QTest>
#include <QThread>

namespace {
Frame numbered(quint64 n)
{
    Frame f = Frame::allocate(16, 16);
    f.setSequence(n);
    return f;
}
} // namespace

class TestFrameQueue : public QObject
{
    Q_OBJECT
private slots:
    void fullQueueDropsTheOldestAndCountsIt()
    {
        FrameQueue q(3);
        q.open();
        for (quint64 i = 0; i < 5; ++i)
            QVERIFY(q.push(numbered(i)));
        QCOMPARE(q.pushed(), quint64(5));
        QCOMPARE(q.dropped(), quint64(2));
        QCOMPARE(q.pop(std::chrono::milliseconds(0)).sequence(), quint64(2));
        QCOMPARE(q.pop(std::chrono::milliseconds(0)).sequence(), quint64(3));
        QCOMPARE(q.pop(std::chrono::milliseconds(0)).sequence(), quint64(4));
        QVERIFY(q.pop(std::chrono::milliseconds(10)).isNull());
    }

    void closedQueueRefusesAndWakesTheConsumer()
    {
        FrameQueue q(2);
        QVERIFY(!q.push(numbered(1)));
        q.open();
        QScopedPointer<QThread> closer(QThread::create([&q] {
            QThread::msleep(100);
            q.close();
        }));
        closer->start();
        // Would wait 60 s unless close() wakes it.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(q.pop(std::chrono::seconds(60)).isNull());
        QVERIFY(timer.elapsed() < 30000);
        closer->wait();
        QVERIFY(!q.push(numbered(2)));
    }

    void smallerCapacityDropsTheOldestAndCountsThem()
    {
        FrameQueue q(4);
        q.open();
        for (quint64 i = 0; i < 4; ++i)
            QVERIFY(q.push(numbered(i)));
        q.setCapacity(2);
        QCOMPARE(q.capacity(), 2);
        QCOMPARE(q.dropped(), quint64(2));
        QVERIFY(q.push(numbered(4)));
        QCOMPARE(q.dropped(), quint64(3));
        QCOMPARE(q.pop(std::chrono::milliseconds(0)).sequence(), quint64(3));
        QCOMPARE(q.pop(std::chrono::milliseconds(0)).sequence(), quint64(4));
        q.setCapacity(0); // at least one
        QCOMPARE(q.capacity(), 1);
        QVERIFY(q.isOpen());
        q.close();
        QVERIFY(!q.isOpen());
    }

    void openClearsFramesAndCounters()
    {
        FrameQueue q(1);
        q.open();
        q.push(numbered(1));
        q.push(numbered(2));
        q.open();
        QCOMPARE(q.pushed(), quint64(0));
        QCOMPARE(q.dropped(), quint64(0));
        QVERIFY(q.pop(std::chrono::milliseconds(0)).isNull());
    }
};

QTEST_GUILESS_MAIN(TestFrameQueue)
#include "test_framequeue.moc"
