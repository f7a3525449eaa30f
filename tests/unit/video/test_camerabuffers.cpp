// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// The camera's buffers can never all be held (DESIGN: "camera buffers are a
// budget"). A simulated camera with a fixed number of buffers, like
// libcamera's six.

#include "fixedbuffersource.h"

#include <QTest>

#include <vector>

using TestSupport::FixedBufferSource;

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
};

QTEST_GUILESS_MAIN(TestCameraBuffers)
#include "test_camerabuffers.moc"
