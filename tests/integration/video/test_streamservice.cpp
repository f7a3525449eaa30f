// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The stream service against a real RTSP receiver that is absent, killed,
// restarted and stalled, with the test pattern as the camera.

#include "rtspreceiver.h"
#include "streampipeline.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using TestSupport::RtspReceiver;

using Pipeline = StreamPipeline;

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
        // The in-process latency is measured on the capture clock: a clock
        // mix-up would give seconds to decades, a missing stage zero.
        QTRY_VERIFY_WITH_TIMEOUT(p.stream->stats().latencyMs > 0, 5000);
        const StreamStats s = p.stream->stats();
        QVERIFY2(s.latencyMs < 10000, qPrintable(QString::number(s.latencyMs)));
        QVERIFY(s.latencyP99Ms >= s.latencyMs);
        QVERIFY(s.encodeMs > 0);
        QVERIFY(s.queueMs >= 0 && s.sendMs >= 0);

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
        QTRY_VERIFY_WITH_TIMEOUT(!p.stream->stats().lastError.isEmpty(), 5000);

        QVERIFY(receiver.start());
        QElapsedTimer sinceRestart;
        sinceRestart.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 5000);
        QVERIFY(receiver.waitForBytes(1, 5000));
        qInfo() << "resumed" << sinceRestart.elapsed() << "ms after the restart";
        QTRY_VERIFY_WITH_TIMEOUT(p.stream->stats().reconnects == 1, 5000);
        // Connected again: the error of the outage is not reported as current
        // (picam/{device}/stream kept it as last_error).
        QVERIFY(p.stream->stats().connected);
        QVERIFY(p.stream->stats().lastError.isEmpty());

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
        // Issue 12: after 20 s of stream, when the receiver's kernel has
        // grown its buffers, the stop is still told within 5 s.
        RtspReceiver receiver;
        QVERIFY(receiver.start());
        Pipeline p(receiver.url());
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Running, 20000);
        QSignalSpy states(p.stream.get(), &Service::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(p.stream->stats().framesSent >= 20 * 30, 40000);
        // No false alarm while the receiver reads.
        QCOMPARE(p.stream->state(), Service::State::Running);
        QCOMPARE(states.count(), 0);
        QCOMPARE(p.stream->stats().reconnects, 0);

        receiver.pause();
        const quint64 captured = p.capture->framesCaptured();
        QElapsedTimer sincePause;
        sincePause.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.stream->state(), Service::State::Retrying, 10000);
        const qint64 detected = sincePause.elapsed();
        qInfo() << "stall detected after" << detected << "ms:" << p.stream->lastError();
        QVERIFY2(detected < 5000, qPrintable(QString::number(detected)));
        QVERIFY2(p.stream->lastError().contains(QStringLiteral("stalled: the receiver at ")) &&
                     p.stream->lastError().contains(QStringLiteral("stopped reading")),
                 qPrintable(p.stream->lastError()));
        // The frame counter kept moving during the stall.
        QVERIFY(p.capture->framesCaptured() > captured + 10);
        receiver.kill();
    }
};

QTEST_GUILESS_MAIN(TestStreamService)
#include "test_streamservice.moc"
