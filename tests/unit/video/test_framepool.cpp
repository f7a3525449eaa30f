// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "video/framepool.h"

#include <QTest>

class TestFramePool : public QObject
{
    Q_OBJECT
private slots:
    void framesHavePaddedI420Planes()
    {
        FramePool pool(322, 240);
        Frame f = pool.take();
        QVERIFY(!f.isNull());
        QCOMPARE(f.width(), 322);
        QCOMPARE(f.planeWidth(1), 161);
        QCOMPARE(f.planeHeight(2), 120);
        QVERIFY(f.stride(0) >= 322);
        QCOMPARE(f.stride(0) % 32, 0);
        // Planes do not overlap.
        QVERIFY(f.plane(1) >= f.plane(0) + f.stride(0) * 240);
        QVERIFY(f.plane(2) >= f.plane(1) + f.stride(1) * 120);
    }

    void releasedBuffersAreReused()
    {
        FramePool pool(64, 48);
        for (int i = 0; i < 20; ++i) {
            Frame f = pool.take();
            f.mutablePlane(0)[0] = uint8_t(i);
        }
        QCOMPARE(pool.buffersCreated(), 1);
        Frame a = pool.take();
        Frame b = pool.take();
        QVERIFY(a.plane(0) != b.plane(0));
        QCOMPARE(pool.buffersCreated(), 2);
    }

    void copiesShareAndOutliveThePool()
    {
        Frame kept;
        {
            FramePool pool(64, 48);
            Frame f = pool.take();
            f.setSequence(7);
            kept = f;
            QCOMPARE(f.useCount(), 2);
        }
        // The pool is gone; the frame is still readable and frees itself.
        QCOMPARE(kept.sequence(), quint64(7));
        QCOMPARE(kept.width(), 64);
    }

    void wrapRunsReleaseOnceAfterLastCopy()
    {
        int released = 0;
        uint8_t pixels[64] = {};
        {
            Frame f = Frame::wrap(8, 4, {pixels, pixels + 32, pixels + 40}, {8, 4, 4},
                                  [&released] { ++released; });
            Frame copy = f;
            f = Frame();
            QCOMPARE(released, 0);
        }
        QCOMPARE(released, 1);
    }
};

QTEST_GUILESS_MAIN(TestFramePool)
#include "test_framepool.moc"
