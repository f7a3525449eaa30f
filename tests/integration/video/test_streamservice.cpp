// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The stream service against a real RTSP receiver that is absent, killed,
// restarted and stalled, with the test pattern as the camera.

#include "config/settings.h"
#include "rtspreceiver.h"
#include "video/captureservice.h"
#include "video/streamservice.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using TestSupport::RtspReceiver;

namespace {

struct Pipeline
{
    Settings settings;
    std::unique_ptr<CaptureService> capture;
    std::unique_ptr<StreamService> stream;

    explicit Pipeline(const QString &url)
    {
        for (const QString &s :
             {QStringLiteral("camera/source=testpattern"), QStringLiteral("camera/width=320"),
              QStringLiteral("camera/height=240"), QStringLiteral("camera/framerate=30"),
              QStringLiteral("stream/encoder=libx264"), QStringLiteral("stream/bitrate=1000000"),
              QStringLiteral("stream/keyframe_interval=1"), QStringLiteral("stream/url=") + url})
            settings.override(s);
        capture = std::make_unique<CaptureService>(settings);
        stream = std::make_unique<StreamService>(settings);
        StreamService *s = stream.get();
        capture->addConsumer([s](const Frame &f) { s->pushFrame(f); });
    }
    void start()
    {
        capture->start();
        stream->start();
    }
    ~Pipeline()
    {
        stream->stop();
        capture->stop();
    }
};

} // namespace

class TestStreamService : public QObject
{
    Q_OBJECT
private slots:
    void receiverAbsentAtStartThenAppears()
    {
        RtspReceiver receiver;
        Pipeline p(receiver.url());
        QSignalSpy stats(p.stream.get(), &StreamService::statsChanged);
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Retrying, 15000);
        QVERIFY2(p.stream->lastError().contains(QStringLiteral("connection refused")),
                 qPrintable(p.stream->lastError()));
        QVERIFY(p.stream->retryAt().isValid());
        // Capture is not held up by the missing server.
        const quint64 captured = p.capture->framesCaptured();
        QTRY_VERIFY_WITH_TIMEOUT(p.capture->framesCaptured() > captured + 10, 10000);

        QVERIFY(receiver.start());
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 20000);
        QVERIFY(receiver.waitForBytes(20000, 20000));
        QTRY_VERIFY_WITH_TIMEOUT(p.stream->stats().framesSent > 30, 20000);
        QVERIFY(p.stream->stats().connected);
        QVERIFY(stats.count() > 0);

        // Stopping ends the session (TEARDOWN): the receiver finishes.
        p.stream->stop();
        QVERIFY(receiver.waitForExit(15000));
        const RtspReceiver::Analysis a = RtspReceiver::analyse(receiver.outputPath());
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.width, 320);
        QVERIFY(a.frames > 30);
        QVERIFY(a.keyframes.first());
    }

    void receiverKilledAndRestartedResumesWithAKeyframe()
    {
        RtspReceiver receiver;
        QVERIFY(receiver.start());
        Pipeline p(receiver.url());
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 20000);
        QVERIFY(receiver.waitForBytes(20000, 20000));

        receiver.kill();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Retrying, 15000);
        qInfo() << "after the kill:" << p.stream->lastError();

        QVERIFY(receiver.start());
        QElapsedTimer sinceRestart;
        sinceRestart.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 5000);
        QVERIFY(receiver.waitForBytes(1, 5000));
        qInfo() << "resumed" << sinceRestart.elapsed() << "ms after the restart";
        QTRY_VERIFY_WITH_TIMEOUT(p.stream->stats().reconnects == 1, 5000);

        QVERIFY(receiver.waitForBytes(20000, 20000));
        p.stream->stop();
        QVERIFY(receiver.waitForExit(15000));
        const RtspReceiver::Analysis a = RtspReceiver::analyse(receiver.outputPath());
        QVERIFY2(a.ok, qPrintable(a.error));
        QVERIFY(a.frames > 5);
        // The first frame the new receiver got is a keyframe (an I picture).
        QVERIFY(a.keyframes.first());
        QCOMPARE(a.pictTypes.first(), QStringLiteral("I"));
    }

    void newPictureSizeGetsANewSession()
    {
        RtspReceiver receiver;
        QVERIFY(receiver.start());
        Pipeline p(receiver.url());
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 20000);
        QVERIFY(receiver.waitForBytes(10000, 20000));

        // The settings panel changed the size: only "video" restarts.
        p.settings.override(QStringLiteral("camera/width=160"));
        p.settings.override(QStringLiteral("camera/height=120"));
        p.capture->restart();
        // The old session ends (the receiver exits after TEARDOWN); a new
        // receiver gets the new size.
        QVERIFY(receiver.waitForExit(15000));
        QVERIFY(receiver.start());
        QTRY_VERIFY_WITH_TIMEOUT(p.stream->stats().connected, 20000);
        QVERIFY(receiver.waitForBytes(5000, 20000));
        p.stream->stop();
        QVERIFY(receiver.waitForExit(15000));
        const RtspReceiver::Analysis a = RtspReceiver::analyse(receiver.outputPath());
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.width, 160);
        QCOMPARE(a.height, 120);
        QVERIFY(a.keyframes.first());
    }

    void withoutFramesTheStreamSaysSo()
    {
        RtspReceiver receiver;
        Pipeline p(receiver.url());
        QSignalSpy errors(p.stream.get(), &Service::lastErrorChanged);
        p.stream->start(); // capture stays stopped
        QVERIFY(errors.wait(20000));
        QVERIFY2(p.stream->lastError().contains(QStringLiteral("waiting for frames")),
                 qPrintable(p.stream->lastError()));
        QCOMPARE(p.stream->state(), Service::State::Starting);
    }

    void stalledReceiverIsDetectedWhileCaptureRuns()
    {
        RtspReceiver receiver;
        QVERIFY(receiver.start());
        Pipeline p(receiver.url());
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 20000);
        QVERIFY(receiver.waitForBytes(20000, 20000));

        receiver.pause();
        const quint64 captured = p.capture->framesCaptured();
        QElapsedTimer sincePause;
        sincePause.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Retrying, 5000);
        qInfo() << "stall detected after" << sincePause.elapsed() << "ms:" << p.stream->lastError();
        QVERIFY2(p.stream->lastError().contains(QStringLiteral("stalled")),
                 qPrintable(p.stream->lastError()));
        // The frame counter kept moving during the stall.
        QVERIFY(p.capture->framesCaptured() > captured + 10);
        receiver.kill();
    }
};

QTEST_GUILESS_MAIN(TestStreamService)
#include "test_streamservice.moc"
