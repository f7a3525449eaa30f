// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "video/h264bitstream.h"
#include "video/h264encoder.h"
#include "video/testpatternsource.h"

extern "C" {
#include <libavcodec/avcodec.h>
}

#include <QDeadlineTimer>
#include <QMutex>
#include <QTest>
#include <QThread>

namespace {

struct Packet
{
    QByteArray data;
    bool key = false;
    qint64 pts = 0;
    qint64 dts = 0;
};

// Real pictures from the test pattern, with timestamps one period apart.
QList<Frame> pictures(int count, int fps)
{
    TestPatternSource source;
    QMutex mutex;
    QList<Frame> frames;
    FrameSource::Format format;
    format.width = 320;
    format.height = 240;
    format.fps = 120; // only the pictures matter here
    source.start(format,
                 [&](const Frame &f) {
                     QMutexLocker lock(&mutex);
                     if (frames.size() < count)
                         frames << f;
                 },
                 {});
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        {
            QMutexLocker lock(&mutex);
            if (frames.size() >= count)
                break;
        }
        QThread::msleep(20);
    }
    source.stop();
    QList<Frame> out;
    for (int i = 0; i < frames.size(); ++i) {
        // Re-stamp at the encoder's rate so pts are consecutive.
        Frame f = Frame::wrap(frames[i].width(), frames[i].height(),
                              {frames[i].plane(0), frames[i].plane(1), frames[i].plane(2)},
                              {frames[i].stride(0), frames[i].stride(1), frames[i].stride(2)},
                              [keep = frames[i]] {});
        f.setTimestampNs(qint64(i) * 1000000000 / fps);
        out << f;
    }
    return out;
}

} // namespace

class TestH264Encoder : public QObject
{
    Q_OBJECT
private slots:
    void baselineWithoutBFramesAndRegularKeyframes()
    {
        H264Encoder encoder;
        H264Encoder::Config config;
        config.encoder = QStringLiteral("libx264");
        config.width = 320;
        config.height = 240;
        config.fps = 15;
        config.bitrate = 300000;
        config.keyframeInterval = 1.0;
        QVERIFY2(encoder.open(config), qPrintable(encoder.error()));
        QCOMPARE(encoder.gopSize(), 15);
        QCOMPARE(encoder.name(), QStringLiteral("libx264"));

        // SPS/PPS for the SDP, baseline profile.
        const QByteArray headers = encoder.parameterSets();
        const auto *h = reinterpret_cast<const uint8_t *>(headers.constData());
        QVERIFY(H264Bitstream::contains(h, int(headers.size()), H264Bitstream::Sps));
        QVERIFY(H264Bitstream::contains(h, int(headers.size()), H264Bitstream::Pps));
        QCOMPARE(H264Bitstream::profileIdc(h, int(headers.size())), 66);

        QList<Packet> packets;
        const QList<Frame> frames = pictures(45, 15);
        QCOMPARE(frames.size(), 45);
        for (int i = 0; i < frames.size(); ++i) {
            QVERIFY(encoder.encode(frames[i], i == 20, [&](AVPacket *p) {
                packets << Packet{QByteArray(reinterpret_cast<const char *>(p->data), p->size),
                                  bool(p->flags & AV_PKT_FLAG_KEY), p->pts, p->dts};
                return true;
            }));
            // libx264 copies the picture: the encoder keeps no frame once
            // encode() returns (the stream budgets one frame for encoding).
            QCOMPARE(frames[i].useCount(), 1L);
        }
        // zerolatency: one packet out per frame in.
        QCOMPARE(packets.size(), 45);
        QList<int> keys;
        for (int i = 0; i < packets.size(); ++i) {
            const Packet &p = packets[i];
            // No B-frames: output order is presentation order.
            QCOMPARE(p.pts, p.dts);
            if (i > 0)
                QVERIFY(p.pts > packets[i - 1].pts);
            const auto *d = reinterpret_cast<const uint8_t *>(p.data.constData());
            if (p.key) {
                keys << i;
                // In-band SPS/PPS before every keyframe, and it is an IDR.
                QVERIFY(H264Bitstream::contains(d, int(p.data.size()), H264Bitstream::Sps));
                QVERIFY(H264Bitstream::contains(d, int(p.data.size()), H264Bitstream::Idr));
            }
        }
        // Keyframes at 0, 15, 30 plus the forced one at 20 (which may move
        // the regular ones); never more than 15 frames apart.
        QVERIFY(keys.contains(0));
        QVERIFY(keys.contains(20));
        keys << int(packets.size());
        for (int i = 1; i < keys.size(); ++i)
            QVERIFY2(keys[i] - keys[i - 1] <= 15,
                     qPrintable(QString::number(keys[i] - keys[i - 1])));
    }

    void autoFallsBackToSoftwareWhenNoHardware()
    {
        H264Encoder encoder;
        H264Encoder::Config config;
        config.width = 320;
        config.height = 240;
        QVERIFY2(encoder.open(config), qPrintable(encoder.error()));
        QVERIFY(encoder.name() == QLatin1String("libx264") ||
                encoder.name() == QLatin1String("h264_v4l2m2m"));
        QVERIFY(encoder.description().contains(encoder.name()));
    }

    void wrongFrameSizeIsRefused()
    {
        H264Encoder encoder;
        H264Encoder::Config config;
        config.encoder = QStringLiteral("libx264");
        config.width = 320;
        config.height = 240;
        QVERIFY(encoder.open(config));
        const Frame big = Frame::allocate(640, 480);
        QVERIFY(!encoder.encode(big, false, [](AVPacket *) { return true; }));
        QVERIFY(encoder.error().contains(QStringLiteral("640x480")));
    }

    void unknownEncoderIsNamed()
    {
        H264Encoder encoder;
        H264Encoder::Config config;
        config.encoder = QStringLiteral("h264_nonexistent");
        QVERIFY(!encoder.open(config));
        QVERIFY(encoder.error().contains(QStringLiteral("h264_nonexistent")));
    }
};

QTEST_GUILESS_MAIN(TestH264Encoder)
#include "test_h264encoder.moc"
