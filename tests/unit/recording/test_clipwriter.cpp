// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The clip writer with the real H.264 encoder, read back with ffprobe: a
// fragmented MP4 that starts at a keyframe, has no B-frames and the length
// of its packets; cut anywhere it still plays.

#include "recording/clipwriter.h"
#include "rtspreceiver.h"
#include "video/h264encoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
}

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using TestSupport::RtspReceiver;

namespace {

constexpr int Fps = 15;

// count frames of a bar moving over a grey picture, one period apart.
QList<EncodedPacket> encoded(int count, std::shared_ptr<const StreamFormat> *format)
{
    H264Encoder encoder;
    H264Encoder::Config config;
    config.encoder = QStringLiteral("libx264");
    config.width = 320;
    config.height = 240;
    config.fps = Fps;
    config.keyframeInterval = 1.0;
    if (!encoder.open(config))
        return {};
    *format = StreamFormat::of(encoder.context());
    QList<EncodedPacket> packets;
    for (int i = 0; i < count; ++i) {
        Frame f = Frame::allocate(320, 240);
        for (int p = 0; p < Frame::PlaneCount; ++p)
            std::memset(f.mutablePlane(p), 128, size_t(f.stride(p)) * f.planeHeight(p));
        for (int y = 0; y < 240; ++y)
            std::memset(f.mutablePlane(0) + y * f.stride(0) + (i * 7) % 280, 235, 40);
        f.setTimestampNs(qint64(i) * 1000000000 / Fps);
        encoder.encode(f, false, [&](AVPacket *p) {
            packets << EncodedPacket::reference(p, *format);
            return true;
        });
    }
    return packets;
}

} // namespace

class TestClipWriter : public QObject
{
    Q_OBJECT
private slots:
    void playableClipFromTheEncodersPackets()
    {
        std::shared_ptr<const StreamFormat> format;
        const QList<EncodedPacket> packets = encoded(4 * Fps, &format);
        QCOMPARE(packets.size(), 4 * Fps);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clip.mp4"));
        ClipWriter writer;
        QVERIFY2(writer.open(path, *format), qPrintable(writer.error()));
        QVERIFY(!writer.write(packets[1])); // not a keyframe: refused
        for (const EncodedPacket &p : packets)
            QVERIFY2(writer.write(p), qPrintable(writer.error()));
        QVERIFY2(writer.close(), qPrintable(writer.error()));
        QCOMPARE(writer.seconds(), 4.0);

        const RtspReceiver::Analysis a = RtspReceiver::analyse(path);
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.codec, QStringLiteral("h264"));
        QCOMPARE(a.width, 320);
        QCOMPARE(a.frames, 4 * Fps);
        QVERIFY(a.keyframes.first());
        QCOMPARE(a.hasBFrames, 0);
        QVERIFY(!a.pictTypes.contains(QStringLiteral("B")));
        QVERIFY2(qAbs(a.duration - 4.0) < 0.1, qPrintable(QString::number(a.duration)));

        // An existing file is never replaced.
        ClipWriter again;
        QVERIFY(!again.open(path, *format));
        QVERIFY(again.error().contains(QStringLiteral("exists")));
    }

    // A power cut or a full card: the file ends anywhere, without the
    // index written by close(). Every complete fragment still plays.
    void fileCutMidClipStillPlays()
    {
        std::shared_ptr<const StreamFormat> format;
        const QList<EncodedPacket> packets = encoded(5 * Fps, &format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("writing.mp4"));
        ClipWriter writer;
        QVERIFY(writer.open(path, *format));
        for (const EncodedPacket &p : packets)
            QVERIFY(writer.write(p));
        // Still open: what is on the card now is what a power cut leaves.
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.size() > 1000);
        for (const double part : {0.9, 0.5}) {
            const QString cut = dir.filePath(QStringLiteral("cut-%1.mp4").arg(part));
            QFile f(cut);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes.left(qsizetype(bytes.size() * part) - 7)); // mid-packet
            f.close();
            const RtspReceiver::Analysis a = RtspReceiver::analyse(cut);
            QVERIFY2(a.ok, qPrintable(a.error));
            QVERIFY2(a.frames >= Fps, qPrintable(QString::number(a.frames)));
            QVERIFY(a.keyframes.first());
        }
        writer.close();
    }
};

QTEST_GUILESS_MAIN(TestClipWriter)
#include "test_clipwriter.moc"
