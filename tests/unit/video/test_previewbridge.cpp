// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "video/framepool.h"
#include "video/previewbridge.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVideoSink>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <vector>

// Counts the heap allocations of one thread while asked to, to check that the
// preview path allocates no frame buffers. glibc lets a program replace
// malloc; every library's allocations (Qt's too) then come through here.
// Not under AddressSanitizer, whose own malloc these would bypass (its free
// would then meet blocks it never handed out).
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#define PICAM_COUNTS_ALLOCATIONS 1
#endif
namespace {
thread_local bool g_countAllocations = false;
thread_local std::size_t g_allocations = 0;
thread_local std::size_t g_largestAllocation = 0;

[[maybe_unused]] void noteAllocation(std::size_t size)
{
    if (!g_countAllocations)
        return;
    ++g_allocations;
    g_largestAllocation = std::max(g_largestAllocation, size);
}
} // namespace

#ifdef PICAM_COUNTS_ALLOCATIONS
extern "C" {
void *__libc_malloc(std::size_t);
void *__libc_calloc(std::size_t, std::size_t);
void *__libc_realloc(void *, std::size_t);
void *malloc(std::size_t size)
{
    noteAllocation(size);
    return __libc_malloc(size);
}
void *calloc(std::size_t n, std::size_t size)
{
    noteAllocation(n * size);
    return __libc_calloc(n, size);
}
void *realloc(void *p, std::size_t size)
{
    noteAllocation(size);
    return __libc_realloc(p, size);
}
}
#endif

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
        QCOMPARE(bridge.framesOffered(), quint64(120));
        QVERIFY(bridge.statsText().startsWith(
            QStringLiteral("preview: %1 of 120 frames shown, ").arg(bridge.framesShown())));
        QVERIFY(bridge.statsText().endsWith(QStringLiteral(", 0 ring slots replaced")));
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

    // Frames go into the ring's three buffers: showing a frame allocates no
    // pixel buffer, only the small event of the queued call to the GUI thread.
    void showingFramesAllocatesNoFrameBuffers()
    {
#ifndef PICAM_COUNTS_ALLOCATIONS
        QSKIP("counts allocations through glibc's malloc (not under AddressSanitizer)");
#endif
        PreviewBridge bridge;
        bridge.setMaximumFps(0);
        QVideoSink sink;
        bridge.setVideoSink(&sink);
        connect(&sink, &QVideoSink::videoFrameChanged, &sink, [](const QVideoFrame &frame) {
            QVideoFrame renderersCopy = frame;
            renderersCopy.map(QVideoFrame::ReadOnly); // as Qt 6.4's renderer does
        });
        FramePool pool(640, 480);
        std::vector<Frame> frames;
        for (int i = 0; i < 40; ++i)
            frames.push_back(flatFrame(pool, uint8_t(i), qint64(i + 1) * 100000000));
        // The first frames fill the ring.
        for (int i = 0; i < 10; ++i) {
            bridge.present(frames[i]);
            QCoreApplication::processEvents();
        }
        g_allocations = g_largestAllocation = 0;
        g_countAllocations = true;
        for (int i = 10; i < 40; ++i) {
            bridge.present(frames[i]);
            QCoreApplication::processEvents();
        }
        g_countAllocations = false;
        QCOMPARE(bridge.framesShown(), quint64(40));
        QCOMPARE(bridge.replacedSlots(), quint64(0));
        qInfo("%zu allocations for 30 frames shown, the largest %zu bytes", g_allocations,
              g_largestAllocation);
        QVERIFY(g_largestAllocation < 1024); // a 640x480 frame is 460800 bytes
        QVERIFY(g_allocations <= 30 * 4);
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

    // A camera frame is one of a few camera buffers: the bridge copies what
    // it shows and keeps nothing, and a snapshot comes from its copy.
    void keepsNoFrameAndSnapshotsWhatIsOnScreen()
    {
        PreviewBridge bridge;
        bridge.setMaximumFps(0);
        QVideoSink sink;
        bridge.setVideoSink(&sink);
        FramePool pool(64, 48);
        for (const uint8_t luma : {uint8_t(60), uint8_t(180)}) {
            const Frame frame = flatFrame(pool, luma, qint64(luma) * 1000000);
            bridge.present(frame);
            QCOMPARE(frame.useCount(), 1L);
            QCoreApplication::processEvents();
            QCOMPARE(frame.useCount(), 1L);
            const QImage image = bridge.snapshot();
            QCOMPARE(image.size(), QSize(64, 48));
            QVERIFY(qAbs(image.pixelColor(32, 24).red() - (luma - 16) * 255 / 219) <= 2);
        }
        QCOMPARE(bridge.framesShown(), quint64(2));
        QCOMPARE(pool.buffersCreated(), 1);
    }

    void noSinkNoWorkAndNothingToSnapshot()
    {
        PreviewBridge bridge;
        QVERIFY(bridge.snapshot().isNull());
        FramePool pool(64, 48);
        const Frame frame = flatFrame(pool, 16, 1);
        bridge.present(frame);
        QCoreApplication::processEvents();
        QCOMPARE(bridge.framesShown(), quint64(0));
        QCOMPARE(frame.useCount(), 1L);
        // Nothing was on screen, so nothing to save ("No picture to save yet").
        QVERIFY(bridge.snapshot().isNull());
    }
};

QTEST_MAIN(TestPreviewBridge)
#include "test_previewbridge.moc"
