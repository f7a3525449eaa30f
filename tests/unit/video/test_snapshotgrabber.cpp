// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// SnapshotGrabber: the next frame as a JPEG that decodes at the frame's
// size, with the frame's grey level; no camera buffer kept; saved where
// asked, or the reason; a large picture gets a small copy for MQTT.

#include "config/settings.h"
#include "fixedbuffersource.h"
#include "video/captureservice.h"
#include "video/capturewiring.h"
#include "video/snapshotgrabber.h"

#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using TestSupport::FixedBufferSource;

namespace {

SnapshotGrabber::Result resultOf(const QSignalSpy &spy, int i = 0)
{
    return spy.at(i).first().value<SnapshotGrabber::Result>();
}

} // namespace

class TestSnapshotGrabber : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<SnapshotGrabber::Result>(); }

    void testPatternFrameAsJpegOfItsSize()
    {
        Settings settings;
        settings.override(QStringLiteral("camera/source=testpattern"));
        settings.override(QStringLiteral("camera/width=640"));
        settings.override(QStringLiteral("camera/height=360"));
        CaptureService capture(settings);
        SnapshotGrabber grabber;
        CaptureWiring::connectSnapshots(capture, grabber);
        QSignalSpy taken(&grabber, &SnapshotGrabber::taken);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events/one.jpg"));
        capture.start();
        const quint64 id = grabber.request(path);
        QVERIFY(taken.wait(20000));
        const auto r = resultOf(taken);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.id, id);
        QCOMPARE(r.path, path);
        QCOMPARE(r.size, QSize(640, 360));
        QVERIFY(r.frameTimestampNs > 0);
        QImage fromFile(path);
        QCOMPARE(fromFile.size(), QSize(640, 360));
        QCOMPARE(QImage::fromData(r.jpeg, "JPEG").size(), QSize(640, 360));
        QCOMPARE(r.small, r.jpeg); // small enough for MQTT as it is
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), r.jpeg);
        QCOMPARE(grabber.waiting(), 0);
        capture.stop();
    }

    // The camera gets its buffer back as soon as the consumer returns; the
    // picture is the frame's (a flat grey: Y 16 + sequence, video range).
    void keepsNoCameraBufferAndShowsTheFrame()
    {
        Settings settings;
        settings.override(QStringLiteral("camera/width=320"));
        settings.override(QStringLiteral("camera/height=240"));
        CaptureService capture(settings);
        FixedBufferSource *camera = nullptr;
        capture.setSourceFactory([&camera] {
            auto source = std::make_unique<FixedBufferSource>(3);
            camera = source.get();
            return source;
        });
        SnapshotGrabber grabber;
        CaptureWiring::connectSnapshots(capture, grabber);
        QSignalSpy taken(&grabber, &SnapshotGrabber::taken);
        capture.start();
        QVERIFY(camera);
        camera->step(); // the first frame begins
        grabber.request();
        grabber.request();                  // both get the same frame
        camera->step();                     // delivered: copied, buffer back
        QCOMPARE(camera->buffersHeld(), 1); // only the one being written
        QCOMPARE(grabber.waiting(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 2, 20000);
        QCOMPARE(resultOf(taken, 0).frameTimestampNs, resultOf(taken, 1).frameTimestampNs);
        QVERIFY(resultOf(taken, 0).path.isEmpty());
        const QImage image = QImage::fromData(resultOf(taken, 0).jpeg, "JPEG");
        QCOMPARE(image.size(), QSize(320, 240));
        const int luma = FixedBufferSource::lumaOf(0);
        const int expected = qRound((luma - 16) * 255.0 / 219.0);
        const QColor centre = image.pixelColor(160, 120);
        QVERIFY2(std::abs(centre.red() - expected) <= 3 && std::abs(centre.green() - expected) <= 3,
                 qPrintable(QStringLiteral("%1 for %2").arg(centre.name()).arg(expected)));
        camera->step();
        camera->step();
        QCOMPARE(camera->missed(), quint64(0));
        capture.stop();
    }

    void noFrameIsAnErrorAfterTheTimeout()
    {
        SnapshotGrabber grabber;
        grabber.setTimeout(std::chrono::milliseconds(200));
        QSignalSpy taken(&grabber, &SnapshotGrabber::taken);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no picture from the camera"));
        grabber.request(QStringLiteral("/nonexistent/x.jpg"));
        QVERIFY(taken.wait(5000));
        const auto r = resultOf(taken);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("no picture from the camera")),
                 qPrintable(r.error));
        QVERIFY(r.jpeg.isEmpty());
        QCOMPARE(grabber.waiting(), 0);
        // Nothing waits any more: a frame now is not converted.
        Frame frame = Frame::allocate(64, 48);
        grabber.present(frame);
        QTest::qWait(100);
        QCOMPARE(taken.count(), 1);
    }

    // A path that cannot be written (a file where a directory should be;
    // this works as root too): the reason, and the picture all the same.
    void unwritablePathGivesTheReasonAndThePicture()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-directory")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SnapshotGrabber grabber;
        QSignalSpy taken(&grabber, &SnapshotGrabber::taken);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("cannot write"));
        grabber.request(blocker.fileName() + QStringLiteral("/snap.jpg"));
        Frame frame = Frame::allocate(64, 48);
        for (int p = 0; p < Frame::PlaneCount; ++p)
            std::memset(frame.mutablePlane(p), 128, size_t(frame.stride(p)) * frame.planeHeight(p));
        grabber.present(frame);
        QVERIFY(taken.wait(10000));
        const auto r = resultOf(taken);
        QVERIFY2(r.error.startsWith(QStringLiteral("cannot write")), qPrintable(r.error));
        QVERIFY(r.path.isEmpty());
        QCOMPARE(QImage::fromData(r.jpeg, "JPEG").size(), QSize(64, 48));
    }

    // 4K of noise makes a JPEG of megabytes: MQTT gets a smaller one.
    void largePictureGetsASmallCopy()
    {
        Frame frame = Frame::allocate(3840, 2160);
        auto *random = QRandomGenerator::global();
        for (int p = 0; p < Frame::PlaneCount; ++p) {
            const size_t bytes = size_t(frame.stride(p)) * frame.planeHeight(p);
            for (size_t i = 0; i < bytes; i += 4) {
                const quint32 v = random->generate();
                std::memcpy(frame.mutablePlane(p) + i, &v, std::min<size_t>(4, bytes - i));
            }
        }
        SnapshotGrabber grabber;
        QSignalSpy taken(&grabber, &SnapshotGrabber::taken);
        grabber.request();
        grabber.present(frame);
        QVERIFY(taken.wait(60000));
        const auto r = resultOf(taken);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.jpeg.size() > SnapshotGrabber::SmallLimit,
                 qPrintable(QString::number(r.jpeg.size())));
        QVERIFY2(r.small.size() <= SnapshotGrabber::SmallLimit,
                 qPrintable(QString::number(r.small.size())));
        QCOMPARE(QImage::fromData(r.jpeg, "JPEG").size(), QSize(3840, 2160));
        QCOMPARE(QImage::fromData(r.small, "JPEG").size(), QSize(1280, 720));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotGrabber)
#include "test_snapshotgrabber.moc"
