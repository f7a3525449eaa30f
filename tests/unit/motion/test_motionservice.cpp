// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "motion/motionservice.h"
#include "scenesource.h"
#include "video/captureservice.h"
#include "video/capturewiring.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using TestSupport::MotionScene;
using TestSupport::SceneSource;

namespace {

// Capture with a synthetic camera, wired to motion detection as main() does.
struct Rig
{
    explicit Rig(const QStringList &overrides)
    {
        settings.override(QStringLiteral("camera/width=640"));
        settings.override(QStringLiteral("camera/height=360"));
        for (const QString &o : overrides)
            settings.override(o);
        capture = std::make_unique<CaptureService>(settings);
        motion = std::make_unique<MotionService>(settings);
        capture->setSourceFactory([this] {
            auto source = std::make_unique<SceneSource>();
            camera = source.get();
            return source;
        });
        CaptureWiring::connectMotion(*capture, *motion);
    }
    ~Rig()
    {
        motion.reset();
        capture.reset();
    }

    Settings settings;
    std::unique_ptr<CaptureService> capture;
    std::unique_ptr<MotionService> motion;
    SceneSource *camera = nullptr;
};

// Steps frames; after each one the detector takes (every `every`-th since
// `first`), waits until it has been analysed, so that no picture is ever
// dropped however loaded the machine is.
void run(Rig &rig, int frames, const std::function<void(int, MotionScene &)> &scene,
         quint64 first = 0, int every = 1, bool analysing = true)
{
    for (int i = 0; i < frames; ++i) {
        MotionScene &s = rig.camera->scene();
        s = MotionScene();
        s.noiseSigma = 3; // in the 640x360 frame: ~0.75 once shrunk
        s.noiseSeed = quint32(rig.camera->delivered() + 1);
        scene(i, s);
        const quint64 sequence = rig.camera->delivered();
        const quint64 before = rig.motion->framesAnalysed();
        rig.camera->step();
        const bool taken = analysing && sequence >= first && (sequence - first) % every == 0;
        if (taken)
            QTRY_COMPARE_WITH_TIMEOUT(rig.motion->framesAnalysed(), before + 1, 20000);
        else
            QCOMPARE(rig.motion->framesAnalysed(), before);
    }
}

auto still()
{
    return [](int, MotionScene &) {};
}

// A square crossing the picture in `frames` frames.
auto crossing(int frames)
{
    return [frames](int i, MotionScene &s) {
        s.square = MotionScene::squareOnPath((i + 1.0) / (frames + 1), 0.5);
    };
}

} // namespace

class TestMotionService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<MotionInfo>(); }

    // The whole path: a 30 fps camera, every sixth frame shrunk on capture's
    // thread and analysed on the service's; a square crossing in 4 s gives
    // one event with a start and an end, and no frame is kept.
    void aMovingObjectGivesOneEventThroughTheWholeService()
    {
        Rig rig({QStringLiteral("camera/framerate=30"), QStringLiteral("motion/fps=5"),
                 QStringLiteral("motion/end_seconds=2")});
        QSignalSpy started(rig.motion.get(), &MotionService::motionStarted);
        QSignalSpy ended(rig.motion.get(), &MotionService::motionEnded);
        QSignalSpy activity(rig.motion.get(), &MotionService::activityChanged);
        QSignalSpy zones(rig.motion.get(), &MotionService::zonesChanged);
        rig.capture->start();
        rig.motion->start();
        QCOMPARE(rig.motion->state(), Service::State::Running);
        QVERIFY(rig.motion->detectionEnabled());

        run(rig, 90, still(), 0, 6);
        QCOMPARE(started.count(), 0);
        run(rig, 120, crossing(120), 0, 6);
        QTRY_COMPARE(started.count(), 1);
        QCOMPARE(ended.count(), 0);
        QVERIFY(rig.motion->active());
        run(rig, 120, still(), 0, 6);
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(started.count(), 1);

        const auto begin = started.first().first().value<MotionInfo>();
        const auto end = ended.first().first().value<MotionInfo>();
        QCOMPARE(end.startMs, begin.startMs);
        QCOMPARE(begin.endMs, 0);
        QVERIFY(begin.startMs > 1'600'000'000'000); // the wall clock
        const qint64 duration = end.endMs - end.startMs;
        QVERIFY2(duration >= 3000 && duration <= 4200, qPrintable(QString::number(duration)));
        QVERIFY(end.peakScore > 0.01 && end.peakScore < 0.2);
        QVERIFY(!end.zones.isEmpty());

        // The screen heard of it: active with a score and boxes, then quiet.
        bool sawActive = false;
        for (const auto &args : std::as_const(activity))
            sawActive |= args.at(1).toBool() && args.at(0).toDouble() > 0;
        QVERIFY(sawActive);
        QCOMPARE(activity.last().at(1).toBool(), false);
        QVERIFY(!zones.isEmpty());
        QVERIFY(!rig.motion->active());

        // 330 frames, every sixth analysed, none dropped; no frame was kept
        // past its delivery and the budget lost nothing to motion.
        QCOMPARE(rig.motion->framesAnalysed(), quint64(55));
        QCOMPARE(rig.motion->framesDropped(), quint64(0));
        QCOMPARE(rig.camera->maxHeldAfterDelivery(), 1L);
        QCOMPARE(rig.capture->frameBudget().kept(), 0);
        rig.motion->stop();
        rig.capture->stop();
    }

    // Switched off (the screen's switch, an MQTT command): an event going on
    // ends at once, nothing is analysed; switched on, it starts afresh.
    void switchingOffEndsTheEventAndStopsAnalysing()
    {
        Rig rig({QStringLiteral("camera/framerate=15"), QStringLiteral("motion/fps=15"),
                 QStringLiteral("motion/end_seconds=5")});
        QSignalSpy started(rig.motion.get(), &MotionService::motionStarted);
        QSignalSpy ended(rig.motion.get(), &MotionService::motionEnded);
        QSignalSpy activity(rig.motion.get(), &MotionService::activityChanged);
        QSignalSpy switched(rig.motion.get(), &MotionService::detectionEnabledChanged);
        rig.capture->start();
        rig.motion->start();
        run(rig, 15, still());
        run(rig, 30, crossing(60));
        QTRY_COMPARE(started.count(), 1);

        rig.motion->setDetectionEnabled(false);
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.first().first().toBool(), false);
        QVERIFY(!rig.motion->detectionEnabled());
        QTRY_COMPARE(ended.count(), 1);
        QTRY_VERIFY(!activity.isEmpty() && !activity.last().at(1).toBool());
        run(rig, 30, crossing(60), 0, 1, false);
        QCOMPARE(started.count(), 1);
        rig.motion->setDetectionEnabled(false); // no change, no signal
        QCOMPARE(switched.count(), 1);

        rig.motion->setDetectionEnabled(true);
        QCOMPARE(switched.count(), 2);
        run(rig, 30, still(), rig.camera->delivered());
        QCOMPARE(started.count(), 1);
        QCOMPARE(ended.count(), 1);
    }

    void stoppingEndsTheEvent()
    {
        Rig rig({QStringLiteral("camera/framerate=15"), QStringLiteral("motion/fps=15")});
        QSignalSpy started(rig.motion.get(), &MotionService::motionStarted);
        QSignalSpy ended(rig.motion.get(), &MotionService::motionEnded);
        QSignalSpy activity(rig.motion.get(), &MotionService::activityChanged);
        rig.capture->start();
        rig.motion->start();
        run(rig, 10, still());
        run(rig, 20, crossing(40));
        rig.motion->stop();
        // Said before stop() returns, in order.
        QCOMPARE(started.count(), 1);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().first().value<MotionInfo>().startMs,
                 started.first().first().value<MotionInfo>().startMs);
        QCOMPARE(activity.last().at(1).toBool(), false);
        QCOMPARE(rig.motion->state(), Service::State::Stopped);
        // Frames go on, nothing is analysed.
        run(rig, 10, crossing(40), 0, 1, false);
        rig.capture->stop();
    }

    // motion/enabled=false: running but not looking until it is switched on
    // (by the events service, which owns the switch and follows the setting).
    void detectionStartsAsTheSettingSays()
    {
        Rig rig({QStringLiteral("camera/framerate=15"), QStringLiteral("motion/fps=15"),
                 QStringLiteral("motion/enabled=false")});
        QSignalSpy switched(rig.motion.get(), &MotionService::detectionEnabledChanged);
        QVERIFY(!rig.motion->detectionEnabled());
        rig.capture->start();
        rig.motion->start();
        QCOMPARE(rig.motion->state(), Service::State::Running);
        run(rig, 10, still(), 0, 1, false);
        rig.motion->setDetectionEnabled(true);
        QCOMPARE(switched.count(), 1);
        QVERIFY(rig.motion->detectionEnabled());
        run(rig, 10, still(), rig.camera->delivered());
        rig.motion->stop();
        rig.capture->stop();
    }
};

QTEST_GUILESS_MAIN(TestMotionService)
#include "test_motionservice.moc"
