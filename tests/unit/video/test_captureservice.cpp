// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "video/captureservice.h"
#include "video/libcamerasource.h"
#include "video/sourceselection.h"

#include <QSignalSpy>
#include <QTest>

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
