#include "video/framepool.h"
#include "video/previewbridge.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVideoSink>

#include <cstring>

namespace {
// A frame whose Y plane is one grey level and chroma neutral.
Frame flatFrame(FramePool &pool, uint8_t luma, qint64 ns)
{
    Frame f = pool.take();
    for (int y = 0; y < f.height(); ++y)
        std::memset(f.mutablePlane(0) + y * f.stride(0), luma, f.width());
    for (int p = 1; p < 3; ++p)
        for (int y = 0; y < f.planeHeight(p); ++y)
            std::memset(f.mutablePlane(p) + y * f.stride(p), 128, f.planeWidth(p));
    f.setTimestampNs(ns);
    return f;
}
} // namespace

class TestPreviewBridge : public QObject
{
    Q_OBJECT
private slots:
    void framesReachTheSinkWithTheirPixels()
    {
        PreviewBridge bridge;
        QVideoSink sink;
        QSignalSpy sinkChanged(&bridge, &PreviewBridge::videoSinkChanged);
        bridge.setVideoSink(&sink);
        QCOMPARE(sinkChanged.count(), 1);
        QSignalSpy frames(&sink, &QVideoSink::videoFrameChanged);

        FramePool pool(320, 240);
        // Delivered from another thread, as a capture source does.
        QScopedPointer<QThread> producer(
            QThread::create([&] { bridge.present(flatFrame(pool, 200, 1000000000)); }));
        producer->start();
        producer->wait();
        QVERIFY(frames.wait(10000));
        QVideoFrame shown = sink.videoFrame();
        QCOMPARE(shown.size(), QSize(320, 240));
        QCOMPARE(shown.pixelFormat(), QVideoFrameFormat::Format_YUV420P);
        QVERIFY(shown.map(QVideoFrame::ReadOnly));
        QCOMPARE(int(shown.bits(0)[100 * shown.bytesPerLine(0) + 50]), 200);
        shown.unmap();

        const QImage image = bridge.snapshot();
        QCOMPARE(image.size(), QSize(320, 240));
        const QColor c = image.pixelColor(10, 10);
        QVERIFY(qAbs(c.red() - c.green()) < 8 && c.red() > 180); // light grey
    }

    void rateIsLimitedAndBusyScreenSkipsFrames()
    {
        PreviewBridge bridge;
        bridge.setMaximumFps(10);
        QVideoSink sink;
        bridge.setVideoSink(&sink);
        FramePool pool(64, 48);
        // One second of a 60 fps camera, with no event loop running in
        // between: the screen has not taken the first frame yet.
        for (int i = 0; i < 60; ++i)
            bridge.present(flatFrame(pool, 100, 1000000000 + qint64(i) * 16666667));
        QCoreApplication::processEvents();
        QCOMPARE(bridge.framesShown(), quint64(1));
        // With the screen keeping up, at most ~10 of 60 pass the limit.
        for (int i = 60; i < 120; ++i) {
            bridge.present(flatFrame(pool, 100, 1000000000 + qint64(i) * 16666667));
            QCoreApplication::processEvents();
        }
        QVERIFY(bridge.framesShown() >= 8 && bridge.framesShown() <= 12);
        // Buffers are reused: the pool never needed more than a handful.
        QVERIFY(pool.buffersCreated() <= 3);
    }

    // Qt 6.4's scene graph maps each frame it uploads for reading and never
    // unmaps it; the bridge must keep showing new frames in its own buffers.
    void framesAbandonedMappedByTheRendererAreReused()
    {
        PreviewBridge bridge;
        bridge.setMaximumFps(0);
        QVideoSink sink;
        bridge.setVideoSink(&sink);
        connect(&sink, &QVideoSink::videoFrameChanged, &sink, [](const QVideoFrame &frame) {
            QVideoFrame renderersCopy = frame;
            renderersCopy.map(QVideoFrame::ReadOnly); // and never unmapped
        });
        FramePool pool(64, 48);
        for (int i = 0; i < 30; ++i) {
            bridge.present(flatFrame(pool, uint8_t(i), qint64(i + 1) * 100000000));
            QCoreApplication::processEvents();
        }
        QCOMPARE(bridge.framesShown(), quint64(30));
        QCOMPARE(bridge.replacedSlots(), quint64(0));
        QVideoFrame last = sink.videoFrame();
        QVERIFY(last.map(QVideoFrame::ReadOnly));
        QCOMPARE(int(last.bits(0)[0]), 29);
        last.unmap();
    }

    void displayFpsFollowsWhatWasShown()
    {
        PreviewBridge bridge;
        QVideoSink sink;
        bridge.setVideoSink(&sink);
        QSignalSpy fps(&bridge, &PreviewBridge::displayFpsChanged);
        FramePool pool(64, 48);
        for (int i = 0; i < 5; ++i) {
            bridge.present(flatFrame(pool, 50, qint64(i + 1) * 100000000));
            QCoreApplication::processEvents();
        }
        QVERIFY(fps.wait(5000));
        QVERIFY(bridge.displayFps() > 0);
    }

    void noSinkNoWorkButSnapshotStillWorks()
    {
        PreviewBridge bridge;
        QVERIFY(bridge.snapshot().isNull());
        FramePool pool(64, 48);
        bridge.present(flatFrame(pool, 16, 1));
        QCoreApplication::processEvents();
        QCOMPARE(bridge.framesShown(), quint64(0));
        QCOMPARE(bridge.snapshot().size(), QSize(64, 48));
    }
};

QTEST_MAIN(TestPreviewBridge)
#include "test_previewbridge.moc"
