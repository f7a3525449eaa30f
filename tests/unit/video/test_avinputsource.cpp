// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "video/avinputsource.h"

#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A short clip made by the real ffmpeg.
QString makeClip(const QTemporaryDir &dir, const QString &name, const QStringList &outputArgs)
{
    const QString path = dir.filePath(name);
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 QStringList{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                             QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                             QStringLiteral("-i"), QStringLiteral("testsrc2=size=320x240:rate=30"),
                             QStringLiteral("-frames:v"), QStringLiteral("10")} +
                     outputArgs + QStringList{QStringLiteral("-y"), path});
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
        return {};
    return path;
}

struct Collector
{
    QMutex mutex;
    QList<Frame> frames;
    FrameSource::FrameCallback callback()
    {
        return [this](const Frame &f) {
            QMutexLocker lock(&mutex);
            frames << f;
        };
    }
    int count()
    {
        QMutexLocker lock(&mutex);
        return int(frames.size());
    }
};

} // namespace

class TestAvInputSource : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void fileLoopsAtTheConfiguredRate()
    {
        // 10 frames of I420 in Y4M: handed on without conversion.
        const QString clip = makeClip(m_dir, QStringLiteral("clip.y4m"),
                                      {QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")});
        QVERIFY(!clip.isEmpty());
        AvInputSource source(AvInputSource::Kind::File, clip);
        Collector collector;
        FrameSource::Format format;
        format.fps = 30;
        QVERIFY2(source.start(format, collector.callback(), {}), qPrintable(source.error()));
        QVERIFY(source.description().contains(QStringLiteral("320x240")));
        // 25 frames from a 10-frame file: it looped at least twice.
        QTRY_VERIFY_WITH_TIMEOUT(collector.count() >= 25, 30000);
        source.stop();
        // The decoder's pool grows: every frame was kept.
        QCOMPARE(source.bufferCount(), FrameSource::UnlimitedBuffers);
        QMutexLocker lock(&collector.mutex);
        const Frame first = collector.frames.first();
        QCOMPARE(first.width(), 320);
        QCOMPARE(first.height(), 240);
        for (int i = 1; i < collector.frames.size(); ++i)
            QCOMPARE(collector.frames[i].sequence(), collector.frames[i - 1].sequence() + 1);
        // The loop shows the first picture again: frame 10 equals frame 0.
        const Frame again = collector.frames[10];
        for (int y = 0; y < 240; y += 37)
            QVERIFY(std::memcmp(first.plane(0) + y * first.stride(0),
                                again.plane(0) + y * again.stride(0), 320) == 0);
    }

    void otherPixelFormatsAreConvertedToI420()
    {
        const QString clip = makeClip(m_dir, QStringLiteral("rgb.nut"),
                                      {QStringLiteral("-c:v"), QStringLiteral("rawvideo"),
                                       QStringLiteral("-pix_fmt"), QStringLiteral("rgb24")});
        QVERIFY(!clip.isEmpty());
        AvInputSource source(AvInputSource::Kind::File, clip);
        Collector collector;
        QVERIFY2(source.start({}, collector.callback(), {}), qPrintable(source.error()));
        QTRY_VERIFY_WITH_TIMEOUT(collector.count() >= 3, 30000);
        source.stop();
        QMutexLocker lock(&collector.mutex);
        const Frame f = collector.frames.first();
        QCOMPARE(f.width(), 320);
        QCOMPARE(f.height(), 240);
        // testsrc2 is colourful: the chroma planes are not flat grey.
        int nonGrey = 0;
        for (int x = 0; x < 160; ++x)
            nonGrey += qAbs(int(f.plane(1)[60 * f.stride(1) + x]) - 128) > 20;
        QVERIFY(nonGrey > 10);
    }

    void missingFileIsAClearError()
    {
        AvInputSource source(AvInputSource::Kind::File, QStringLiteral("/nonexistent/clip.mp4"));
        QVERIFY(!source.start({}, [](const Frame &) {}, {}));
        QCOMPARE(source.failure(), FrameSource::Failure::NotFound);
        QVERIFY(source.error().contains(QStringLiteral("/nonexistent/clip.mp4")));
    }

    void missingWebcamIsAClearError()
    {
        AvInputSource source(AvInputSource::Kind::V4l2, QStringLiteral("/dev/video99"));
        QVERIFY(!source.start({}, [](const Frame &) {}, {}));
        QVERIFY(source.error().contains(QStringLiteral("/dev/video99")));
        QVERIFY(!AvInputSource::probeDevice(QStringLiteral("/dev/video99")));
    }
};

QTEST_GUILESS_MAIN(TestAvInputSource)
#include "test_avinputsource.moc"
