// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "video/framepool.h"

#include <QTest>

#include <cstring>
#include <vector>

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

    void copyKeepsThePictureAndFreesTheOriginal()
    {
        // A camera buffer with wider rows than the pool's.
        std::vector<uint8_t> camera(96 * 48 + 2 * 48 * 24, 0);
        bool returned = false;
        Frame original;
        {
            Frame buffer = Frame::wrap(
                64, 48, {camera.data(), camera.data() + 96 * 48, camera.data() + 96 * 48 + 48 * 24},
                {96, 48, 48}, [&returned] { returned = true; });
            for (int y = 0; y < 48; ++y)
                for (int x = 0; x < 64; ++x)
                    buffer.mutablePlane(0)[y * 96 + x] = uint8_t(x + y);
            for (int p = 1; p < 3; ++p)
                for (int y = 0; y < 24; ++y)
                    std::memset(buffer.mutablePlane(p) + y * 48, 100 + p, 32);
            buffer.setSequence(42);
            buffer.setTimestampNs(123456789);
            original = buffer;
        }
        FramePool pool(64, 48);
        const Frame copy = pool.copy(original);
        original = Frame();
        QVERIFY(returned); // the camera has its buffer back; the copy is ours
        QVERIFY(!copy.isNull());
        QCOMPARE(copy.sequence(), quint64(42));
        QCOMPARE(copy.timestampNs(), qint64(123456789));
        QCOMPARE(int(copy.plane(0)[10 * copy.stride(0) + 20]), 30);
        QCOMPARE(int(copy.plane(0)[47 * copy.stride(0) + 63]), 110);
        QCOMPARE(int(copy.plane(1)[23 * copy.stride(1) + 31]), 101);
        QCOMPARE(int(copy.plane(2)[0]), 102);
        // Another size is refused, not cropped.
        QVERIFY(pool.copy(FramePool(32, 24).take()).isNull());
        QCOMPARE(pool.buffersCreated(), 1);
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
