// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "fixedbuffersource.h"
#include "video/captureservice.h"
#include "video/libcamerasource.h"
#include "video/sourceselection.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

class TestCaptureService : public QObject
{
    Q_OBJECT
private slots:
    void testPatternFeedsEveryConsumer()
    {
        Settings settings;
        settings.override(QStringLiteral("camera/source=testpattern"));
        settings.override(QStringLiteral("camera/width=320"));
        settings.override(QStringLiteral("camera/height=240"));
        CaptureService capture(settings);
        std::atomic<int> a{0}, b{0};
        std::atomic<int> width{0};
        capture.addConsumer([&](const Frame &f) {
            width = f.width();
            ++a;
        });
        capture.addConsumer([&](const Frame &) { ++b; });
        QSignalSpy described(&capture, &CaptureService::sourceDescriptionChanged);
        capture.start();
        QCOMPARE(capture.state(), Service::State::Running);
        QCOMPARE(described.count(), 1);
        QVERIFY(capture.sourceDescription().contains(QStringLiteral("test pattern")));
        QTRY_VERIFY_WITH_TIMEOUT(a >= 5 && b >= 5, 20000);
        QCOMPARE(int(width), 320);
        capture.stop();
        const int after = a;
        QTest::qWait(200);
        QCOMPARE(int(a), after);
        QVERIFY(capture.framesCaptured() >= 5);
    }

    // The source's buffers are shared out anew for every run, before its
    // first frame reaches anyone: keepers first, the queue gets the rest.
    void everyRunSharesTheSourcesBuffersBeforeItsFirstFrame()
    {
        Settings settings;
        settings.override(QStringLiteral("camera/width=160"));
        settings.override(QStringLiteral("camera/height=120"));
        CaptureService capture(settings);
        int buffers = 6;
        TestSupport::FixedBufferSource *camera = nullptr;
        capture.setSourceFactory([&] {
            auto source = std::make_unique<TestSupport::FixedBufferSource>(buffers);
            camera = source.get();
            return source;
        });
        std::atomic<int> frames{0};
        std::atomic<int> shares{0};
        std::atomic<int> lastShare{0};
        std::atomic<int> framesBeforeShare{-1};
        capture.addConsumer([](const Frame &) {}, 1);
        capture.addQueueConsumer([&](const Frame &) { ++frames; },
                                 [&](int share) {
                                     ++shares;
                                     lastShare = share;
                                     framesBeforeShare = frames.load();
                                 });
        capture.start();
        QCOMPARE(int(shares), 0);
        QVERIFY(capture.frameBudget().isUnlimited());
        camera->step();
        camera->step();
        QCOMPARE(int(shares), 1);
        QCOMPARE(int(lastShare), 6 - 2 - 1);
        QCOMPARE(int(framesBeforeShare), 0);
        QCOMPARE(int(frames), 2);
        QCOMPARE(capture.frameBudget().buffers(), 6);

        capture.stop();
        buffers = 8;
        capture.start();
        camera->step();
        QCOMPARE(int(shares), 2);
        QCOMPARE(int(lastShare), 8 - 2 - 1);
        QCOMPARE(int(framesBeforeShare), 2); // the first run's
        QCOMPARE(int(frames), 3);

        // The test pattern pools its buffers: no limit.
        capture.stop();
        capture.setSourceFactory({});
        settings.override(QStringLiteral("camera/source=testpattern"));
        capture.start();
        QTRY_COMPARE_WITH_TIMEOUT(int(shares), 3, 20000);
        QCOMPARE(int(lastShare), FrameBudget::Unlimited);
        capture.stop();
    }

    void missingCameraFailsWithTheReason()
    {
        if (!LibcameraSource::cameraIds().isEmpty())
            QSKIP("this machine has a camera");
        Settings settings;
        settings.override(QStringLiteral("camera/source=libcamera"));
        CaptureService capture(settings);
        QSignalSpy states(&capture, &Service::stateChanged);
        capture.start();
        QCOMPARE(capture.state(), Service::State::Failed);
        QVERIFY2(capture.lastError().startsWith(QStringLiteral("no camera")),
                 qPrintable(capture.lastError()));
        QVERIFY(states.count() >= 2);
    }

    void autoFallsBackToWhatThereIs()
    {
        if (!LibcameraSource::cameraIds().isEmpty())
            QSKIP("this machine has a camera");
        Settings settings;
        settings.override(QStringLiteral("camera/source=auto"));
        settings.override(QStringLiteral("camera/width=320"));
        settings.override(QStringLiteral("camera/height=240"));
        CaptureService capture(settings);
        capture.start();
        if (SourceSelection::v4l2CaptureDevices().isEmpty()) {
            QCOMPARE(capture.state(), Service::State::Running);
            QVERIFY2(capture.sourceDescription().startsWith(QStringLiteral("test pattern")),
                     qPrintable(capture.sourceDescription()));
            QTRY_VERIFY_WITH_TIMEOUT(capture.framesCaptured() > 3, 20000);
        } else {
            QVERIFY(capture.sourceDescription().contains(QStringLiteral("V4L2")) ||
                    capture.state() != Service::State::Running);
        }
    }

    void missingFileFailsNamingIt()
    {
        Settings settings;
        settings.override(QStringLiteral("camera/source=file:/nonexistent/video.mkv"));
        CaptureService capture(settings);
        capture.start();
        QCOMPARE(capture.state(), Service::State::Failed);
        QVERIFY(capture.lastError().contains(QStringLiteral("/nonexistent/video.mkv")));
    }
};

QTEST_GUILESS_MAIN(TestCaptureService)
#include "test_captureservice.moc"
