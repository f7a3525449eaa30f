// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The camera's buffers can never all be held (DESIGN: "camera buffers are a
// budget"). A simulated camera with a fixed number of buffers, like
// libcamera's six, feeds the consumers as main() wires them; whatever the
// consumers do, a buffer stays free for the next frame.

#include "config/settings.h"
#include "fixedbuffersource.h"
#include "video/captureservice.h"
#include "video/capturewiring.h"
#include "video/previewbridge.h"
#include "video/streamservice.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QVideoSink>

#include <memory>
#include <vector>

using TestSupport::FixedBufferSource;

namespace {

// What main() builds with a screen, with the simulated camera as the source
// and the stream pointed at url.
struct Pipeline
{
    Settings settings;
    CaptureService capture{settings};
    PreviewBridge preview;
    QVideoSink sink;
    std::unique_ptr<StreamService> stream;
    FixedBufferSource *camera = nullptr;

    Pipeline(int buffers, const QString &url)
    {
        for (const QString &s :
             {QStringLiteral("camera/width=160"), QStringLiteral("camera/height=120"),
              QStringLiteral("camera/framerate=30"), QStringLiteral("stream/encoder=libx264"),
              QStringLiteral("stream/url=") + url})
            settings.override(s);
        stream = std::make_unique<StreamService>(settings);
        capture.setSourceFactory([this, buffers] {
            auto source = std::make_unique<FixedBufferSource>(buffers);
            camera = source.get();
            return source;
        });
        // Every frame may be shown: the steps come much faster than 30 fps.
        preview.setMaximumFps(0);
        preview.setVideoSink(&sink);
        CaptureWiring::connect(capture, &preview, *stream);
    }
    ~Pipeline()
    {
        stream->stop();
        capture.stop();
    }
    // One frame period, then the screen takes what the preview sent it.
    void step()
    {
        camera->step();
        QCoreApplication::processEvents();
    }
};

// Grey in RGB for a video-range luma level.
int greyOf(int luma)
{
    return (luma - 16) * 255 / 219;
}

} // namespace

class TestCameraBuffers : public QObject
{
    Q_OBJECT
private slots:
    // The simulated camera itself: it misses frames while all buffers are
    // held, and goes on when one comes back.
    void theSimulatedCameraMissesFramesWhileEveryBufferIsHeld()
    {
        FixedBufferSource camera(3);
        QCOMPARE(camera.bufferCount(), 3);
        std::vector<Frame> kept;
        FrameSource::Format format;
        format.width = 64;
        format.height = 48;
        QVERIFY(camera.start(format, [&](const Frame &frame) { kept.push_back(frame); }, {}));
        QCOMPARE(camera.buffersHeld(), 1); // the first frame is being written
        camera.step();
        camera.step();
        // Two frames kept, the third being written: the next period has none.
        QCOMPARE(kept.size(), size_t(2));
        QCOMPARE(camera.buffersHeld(), 3);
        camera.step();
        camera.step();
        QCOMPARE(camera.delivered(), quint64(3));
        QCOMPARE(camera.missed(), quint64(1));
        QCOMPARE(kept.back().sequence(), quint64(2));
        QCOMPARE(int(kept.back().plane(0)[0]), FixedBufferSource::lumaOf(2));
        kept.clear(); // all back with the camera
        QCOMPARE(camera.buffersHeld(), 0);
        camera.step(); // a period without a buffer
        camera.step(); // a period that had one
        QCOMPARE(camera.delivered(), quint64(4));
        QCOMPARE(camera.missed(), quint64(2));
        camera.stop();
        kept.clear();
        QCOMPARE(camera.buffersHeld(), 0);
    }

    // The preview copies what it shows into its own frames, and a snapshot
    // comes from those: neither keeps a camera buffer.
    void thePreviewKeepsNoCameraBuffer()
    {
        Pipeline p(6, QStringLiteral("rtsp://127.0.0.1:9/unused")); // stream not started
        p.capture.start();
        QCOMPARE(p.capture.state(), Service::State::Running);
        for (int i = 0; i < 10; ++i)
            p.step();
        QCOMPARE(p.camera->missed(), quint64(0));
        QCOMPARE(p.preview.framesShown(), quint64(10));
        // Only the frame being written.
        QCOMPARE(p.camera->buffersHeld(), 1);
        const QImage snapshot = p.preview.snapshot();
        QCOMPARE(snapshot.size(), QSize(160, 120));
        QVERIFY(qAbs(qRed(snapshot.pixel(80, 60)) - greyOf(FixedBufferSource::lumaOf(9))) <= 3);
        QCOMPARE(p.camera->buffersHeld(), 1);
    }

    // A stream that cannot send (a server that accepts the connection but
    // never answers: the worker waits in the RTSP handshake, holding its
    // frame) fills its queue; the camera must still have a buffer for every
    // frame, and the preview and snapshots go on.
    void aStreamThatCannotSendLeavesTheCameraABuffer()
    {
        QTcpServer silent; // accepts, never reads, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QSignalSpy connected(&silent, &QTcpServer::newConnection);
        Pipeline p(6, QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(silent.serverPort()));
        p.capture.start();
        p.stream->start();
        QCOMPARE(p.capture.state(), Service::State::Running);

        // The first frame opens the encoder and the session, which hangs.
        p.step();
        QVERIFY(connected.wait(20000));

        const int steps = 30;
        for (int i = 0; i < steps; ++i)
            p.step();
        // The handshake is still waiting (it gives up after 5 s): the stream
        // held its frame and a full queue all along.
        QCOMPARE(p.stream->state(), Service::State::Starting);
        QCOMPARE(p.camera->missed(), quint64(0));
        QCOMPARE(p.camera->delivered(), quint64(1 + steps));
        QVERIFY2(p.camera->buffersHeld() < 6, qPrintable(QString::number(p.camera->buffersHeld())));
        QCOMPARE(p.preview.framesShown(), quint64(1 + steps));
        const QImage snapshot = p.preview.snapshot();
        QVERIFY(qAbs(qRed(snapshot.pixel(80, 60)) - greyOf(FixedBufferSource::lumaOf(steps))) <= 3);
        QCOMPARE(p.camera->missed(), quint64(0));
        // The stream held its share, four: three queued, one in the handshake.
        QCOMPARE(p.capture.frameBudget().queueShare(), 4);
        QCOMPARE(p.stream->queueCapacity(), 3);
        QVERIFY(!p.stream->queuesCopies());
        QCOMPARE(p.camera->buffersHeld(), 5); // and the one being written
    }

    // The hook for a later consumer that keeps frames after its callback (a
    // motion detector's reference frame): its frames come off the stream's
    // share, and the camera still has a buffer for every frame.
    void aConsumerThatKeepsAFrameIsBudgeted()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QSignalSpy connected(&silent, &QTcpServer::newConnection);
        Pipeline p(6, QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(silent.serverPort()));
        Frame reference;
        p.capture.addConsumer([&reference](const Frame &frame) { reference = frame; }, 1);
        p.capture.start();
        p.stream->start();
        p.step();
        QVERIFY(connected.wait(20000));
        for (int i = 0; i < 30; ++i)
            p.step();
        QCOMPARE(p.stream->state(), Service::State::Starting);
        QCOMPARE(p.camera->missed(), quint64(0));
        QCOMPARE(p.capture.frameBudget().kept(), 1);
        QCOMPARE(p.stream->queueCapacity(), 2);
        QCOMPARE(reference.sequence(), quint64(30));
        p.capture.stop();
        reference = Frame();
    }

    // A camera with fewer buffers than a queue needs (four: two left for the
    // stream): the stream queues copies and holds none of the camera's.
    void aCameraWithFewBuffersGetsCopiesQueued()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QSignalSpy connected(&silent, &QTcpServer::newConnection);
        Pipeline p(4, QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(silent.serverPort()));
        p.capture.start();
        p.stream->start();
        p.step();
        QVERIFY(connected.wait(20000));
        for (int i = 0; i < 30; ++i) {
            p.step();
            QCOMPARE(p.camera->buffersHeld(), 1); // only the one being written
        }
        QCOMPARE(p.stream->state(), Service::State::Starting);
        QCOMPARE(p.camera->missed(), quint64(0));
        QVERIFY(p.stream->queuesCopies());
        QCOMPARE(p.stream->queueCapacity(), StreamService::MaxQueue);
    }
};

QTEST_MAIN(TestCameraBuffers)
#include "test_camerabuffers.moc"
