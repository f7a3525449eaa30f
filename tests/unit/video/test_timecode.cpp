// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The capture time a machine reads back from the picture (bench/latency):
// exact on the raw frame, at every size the pattern is drawn at, and still
// exact after libx264 at 1 Mbit/s and FFmpeg's decoder.

#include "video/h264encoder.h"
#include "video/testpatternsource.h"
#include "video/timecode.h"

extern "C" {
#include <libavcodec/avcodec.h>
}

#include <QDeadlineTimer>
#include <QMutex>
#include <QTest>
#include <QThread>

namespace {

// Frames from the real test pattern (which draws the code), collected.
QList<Frame> capture(int width, int height, int count)
{
    TestPatternSource source;
    QMutex mutex;
    QList<Frame> frames;
    FrameSource::Format format;
    format.width = width;
    format.height = height;
    format.fps = 30;
    source.start(format,
                 [&](const Frame &f) {
                     QMutexLocker lock(&mutex);
                     if (frames.size() < count)
                         frames << f;
                 },
                 {});
    QDeadlineTimer deadline(30000);
    for (;;) {
        {
            QMutexLocker lock(&mutex);
            if (frames.size() >= count || deadline.hasExpired())
                break;
        }
        QThread::msleep(20);
    }
    source.stop();
    return frames;
}

qint64 ms(const Frame &frame)
{
    return (frame.timestampNs() / 1000000) & ((qint64(1) << TimeCode::DataBits) - 1);
}

} // namespace

class TestTimeCode : public QObject
{
    Q_OBJECT
private slots:
    void readsBackWhatWasDrawn_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<qint64>("value");
        QTest::newRow("320x240 zero") << 320 << 240 << qint64(0);
        QTest::newRow("640x480 one") << 640 << 480 << qint64(1);
        QTest::newRow("1280x720 uptime") << 1280 << 720 << qint64(123456789);
        QTest::newRow("1920x1080 largest")
            << 1920 << 1080 << ((qint64(1) << TimeCode::DataBits) - 1);
        QTest::newRow("3840x2160") << 3840 << 2160 << qint64(987654321012);
    }

    void readsBackWhatWasDrawn()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(qint64, value);
        QVERIFY(TimeCode::fits(width, height));
        Frame frame = Frame::allocate(width, height);
        for (int p = 0; p < 3; ++p)
            for (int y = 0; y < frame.planeHeight(p); ++y)
                memset(frame.mutablePlane(p) + size_t(y) * frame.stride(p), p ? 128 : 90,
                       size_t(frame.planeWidth(p)));
        QVERIFY(!TimeCode::read(frame.plane(0), frame.stride(0), width, height));
        TimeCode::draw(frame, value);
        const auto read = TimeCode::read(frame.plane(0), frame.stride(0), width, height);
        QVERIFY(read);
        QCOMPARE(*read, value);
    }

    void aWrongBitIsCaught()
    {
        Frame frame = Frame::allocate(1280, 720);
        TimeCode::draw(frame, 424242);
        // Invert one data block: the checksum no longer matches.
        const int b = TimeCode::blockSize(1280);
        const uint8_t *row = frame.plane(0) + size_t(16 + b / 2) * frame.stride(0);
        int x = 0;
        while (row[x] != 235 && x < 1280) // the white reference block
            ++x;
        const int dataBlock = x + 5 * b;
        const uint8_t flipped = row[dataBlock + b / 2] == 235 ? 16 : 235;
        for (int y = 16; y < 16 + b; ++y)
            memset(frame.mutablePlane(0) + size_t(y) * frame.stride(0) + dataBlock, flipped,
                   size_t(b));
        QVERIFY(!TimeCode::read(frame.plane(0), frame.stride(0), 1280, 720));
    }

    void survivesOneMegabitH264()
    {
        const QList<Frame> frames = capture(1280, 720, 60);
        QCOMPARE(frames.size(), 60);

        H264Encoder encoder;
        H264Encoder::Config config;
        config.encoder = QStringLiteral("libx264");
        config.width = 1280;
        config.height = 720;
        config.fps = 30;
        config.bitrate = 1000000;
        QVERIFY2(encoder.open(config), qPrintable(encoder.error()));

        const AVCodec *codec = avcodec_find_decoder(AV_CODEC_ID_H264);
        QVERIFY(codec);
        AVCodecContext *decoder = avcodec_alloc_context3(codec);
        QVERIFY(avcodec_open2(decoder, codec, nullptr) == 0);
        AVFrame *decoded = av_frame_alloc();
        QList<qint64> read;
        int unreadable = 0;
        const auto drain = [&] {
            while (avcodec_receive_frame(decoder, decoded) == 0) {
                const auto code = TimeCode::read(decoded->data[0], decoded->linesize[0],
                                                 decoded->width, decoded->height);
                if (code)
                    read << *code;
                else
                    ++unreadable;
            }
        };
        for (int i = 0; i < frames.size(); ++i) {
            // The encoder wants evenly spaced timestamps; the code keeps the
            // capture time it was drawn with.
            Frame f = Frame::wrap(frames[i].width(), frames[i].height(),
                                  {frames[i].plane(0), frames[i].plane(1), frames[i].plane(2)},
                                  {frames[i].stride(0), frames[i].stride(1), frames[i].stride(2)},
                                  [keep = frames[i]] {});
            f.setTimestampNs(qint64(i) * 1000000000 / 30);
            QVERIFY(encoder.encode(f, false, [&](AVPacket *packet) {
                avcodec_send_packet(decoder, packet);
                drain();
                return true;
            }));
        }
        avcodec_send_packet(decoder, nullptr);
        drain();
        av_frame_free(&decoded);
        avcodec_free_context(&decoder);

        QCOMPARE(unreadable, 0);
        QCOMPARE(read.size(), frames.size());
        for (int i = 0; i < frames.size(); ++i)
            QCOMPARE(read[i], ms(frames[i]));
    }
};

QTEST_GUILESS_MAIN(TestTimeCode)
#include "test_timecode.moc"
