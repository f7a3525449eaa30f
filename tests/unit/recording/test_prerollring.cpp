// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The pre-roll ring with packets made by hand: what it keeps in time and in
// bytes, and that it always starts at a keyframe.

#include "recording/prerollring.h"

extern "C" {
#include <libavcodec/packet.h>
}

#include <QTest>

namespace {

const auto Format = std::make_shared<const StreamFormat>();

// A packet of size bytes at pts (frame periods at 30 fps); key every 30.
EncodedPacket packet(qint64 pts, int size = 100, int keyEvery = 30)
{
    AVPacket *p = av_packet_alloc();
    av_new_packet(p, size);
    p->pts = pts;
    p->dts = pts;
    if (pts % keyEvery == 0)
        p->flags |= AV_PKT_FLAG_KEY;
    EncodedPacket e = EncodedPacket::reference(p, Format);
    av_packet_free(&p);
    return e;
}

} // namespace

class TestPreRollRing : public QObject
{
    Q_OBJECT
private slots:
    void startsAtAKeyframe()
    {
        PreRollRing ring;
        ring.setLimits(60, 1 << 20);
        for (qint64 pts = 5; pts < 30; ++pts)
            ring.push(packet(pts));
        QVERIFY(ring.packets().empty()); // nothing before the first keyframe
        ring.push(packet(30));
        ring.push(packet(31));
        QCOMPARE(ring.packets().size(), size_t(2));
        QVERIFY(ring.packets().front().isKey());
    }

    void keepsBetweenSpanAndSpanPlusOneGroup()
    {
        PreRollRing ring;
        ring.setLimits(60, 1 << 20); // 2 s at 30 fps
        for (qint64 pts = 0; pts < 600; ++pts) {
            ring.push(packet(pts));
            QVERIFY(ring.packets().front().isKey());
            if (pts >= 60) {
                QVERIFY2(ring.span() >= 60, qPrintable(QString::number(ring.span())));
                QVERIFY2(ring.span() < 90, qPrintable(QString::number(ring.span())));
            }
        }
        // The newest keyframe at least 2 s back from 599: 510 (540 is 59
        // frames back).
        QCOMPARE(ring.packets().front().pts(), qint64(510));
        QCOMPARE(ring.packets().back().pts(), qint64(599));
    }

    void boundedInBytesByWholeGroups()
    {
        PreRollRing ring;
        ring.setLimits(300, 30 * 1000 * 2 + 500); // room for two groups of 30 x 1000 B
        for (qint64 pts = 0; pts < 300; ++pts) {
            ring.push(packet(pts, 1000));
            QVERIFY(ring.bytes() <= 30 * 1000 * 2 + 500);
            QVERIFY(ring.packets().front().isKey());
        }
        QCOMPARE(ring.packets().front().pts(), qint64(240));
        QCOMPARE(ring.bytes(), qint64(60 * 1000));
    }

    void groupLargerThanTheLimitIsNotKept()
    {
        PreRollRing ring;
        ring.setLimits(300, 5000);
        for (qint64 pts = 0; pts < 10; ++pts)
            ring.push(packet(pts, 1000));
        QVERIFY(ring.bytes() <= 5000);
        QVERIFY(ring.packets().empty() || ring.packets().front().isKey());
        // The next keyframe starts again.
        ring.push(packet(30, 1000));
        QCOMPARE(ring.packets().size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPreRollRing)
#include "test_prerollring.moc"
