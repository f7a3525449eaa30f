// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// libcamera on a machine without a camera: the version guards compile (this
// file builds against whatever libcamera is installed), a start fails with
// the "no camera" error, and `auto` falls back as specified.
#include "video/libcamerasource.h"
#include "video/sourceselection.h"

#include <QTest>

#include <libcamera/version.h>

class TestLibcameraSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qInfo("libcamera %d.%d.%d", LIBCAMERA_VERSION_MAJOR, LIBCAMERA_VERSION_MINOR,
              LIBCAMERA_VERSION_PATCH);
        if (!LibcameraSource::cameraIds().isEmpty())
            QSKIP("this machine has a camera; the no-camera tests do not apply");
    }

    void noCameraIsAClearError()
    {
        LibcameraSource source;
        QCOMPARE(source.bufferCount(), LibcameraSource::RequestedBuffers);
        QVERIFY(!source.start({}, [](const Frame &) {}, {}));
        QCOMPARE(source.failure(), FrameSource::Failure::NotFound);
        QVERIFY2(source.error().startsWith(QStringLiteral("no camera")),
                 qPrintable(source.error()));
    }

    void unknownCameraIdIsNamed()
    {
        LibcameraSource source(QStringLiteral("/base/soc/i2c0mux/i2c@1/imx708@1a"));
        QVERIFY(!source.start({}, [](const Frame &) {}, {}));
        QCOMPARE(source.failure(), FrameSource::Failure::NotFound);
        QVERIFY(source.error().startsWith(QStringLiteral("no camera")));
    }

    void autoFallsBackAndSaysWhy()
    {
        const SourceSelection::Choice choice = SourceSelection::choose(QStringLiteral("auto"));
        QVERIFY(choice.source);
        QVERIFY2(choice.reason.contains(QStringLiteral("libcamera found no camera")),
                 qPrintable(choice.reason));
        if (SourceSelection::v4l2CaptureDevices().isEmpty())
            QVERIFY(choice.reason.contains(QStringLiteral("test pattern")));
        else
            QVERIFY(choice.reason.contains(QStringLiteral("V4L2")));
    }

    void explicitChoicesAreHonoured()
    {
        QVERIFY(SourceSelection::choose(QStringLiteral("libcamera"))
                    .reason.contains(QStringLiteral("libcamera")));
        QVERIFY(SourceSelection::choose(QStringLiteral("file:/tmp/x.mp4"))
                    .reason.contains(QStringLiteral("/tmp/x.mp4")));
        QVERIFY(SourceSelection::choose(QStringLiteral("v4l2:/dev/video3"))
                    .reason.contains(QStringLiteral("/dev/video3")));
    }
};

QTEST_GUILESS_MAIN(TestLibcameraSource)
#include "test_libcamerasource.moc"
