// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// EventService: a stand-in motion detector (MotionService's interface,
// through MotionLink) and tamper reports become events with a snapshot of
// their start (the real SnapshotGrabber, given frames by the test) that
// decodes at the frame's size, logged when they end; a remote snapshot is
// published, not kept; stopping ends what goes on; a directory that cannot
// be written is a state.

#include "config/settings.h"
#include "events/eventservice.h"
#include "events/motionlink.h"
#include "motionstandin.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using TestSupport::MotionStandIn;

namespace {

Frame grey(int width, int height, int luma)
{
    Frame f = Frame::allocate(width, height);
    std::memset(f.mutablePlane(0), luma, size_t(f.stride(0)) * f.planeHeight(0));
    for (int p = 1; p < Frame::PlaneCount; ++p)
        std::memset(f.mutablePlane(p), 128, size_t(f.stride(p)) * f.planeHeight(p));
    f.setTimestampNs(Frame::monotonicNowNs());
    return f;
}

Event eventOf(const QSignalSpy &spy, int i = 0)
{
    return spy.at(i).first().value<Event>();
}

} // namespace

class TestEventService : public QObject
{
    Q_OBJECT

    // The program's arrangement: detector -> link -> events.
    struct Rig
    {
        explicit Rig(const QString &directory, const QStringList &overrides = {})
        {
            settings.override(QStringLiteral("device/name=testpi"));
            for (const QString &o : overrides)
                settings.override(o);
            events.setDirectory(directory);
            link.attach(detector);
            QObject::connect(&link, &MotionLink::motionStarted, &events,
                             &EventService::startMotion);
            QObject::connect(&link, &MotionLink::motionEnded, &events, &EventService::endMotion);
            detector.start();
        }
        Settings settings;
        SnapshotGrabber grabber;
        EventService events{settings, &grabber};
        MotionStandIn detector;
        MotionLink link;
    };

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Event>();
        qRegisterMetaType<Event::Type>();
    }

    void motionIsAnEventWithASnapshotOfItsStart()
    {
        QTemporaryDir dir;
        Rig rig(dir.path());
        QSignalSpy started(&rig.events, &EventService::eventStarted);
        QSignalSpy ended(&rig.events, &EventService::eventEnded);
        QSignalSpy active(&rig.events, &EventService::activeChanged);
        QSignalSpy snapshots(&rig.events, &EventService::snapshotReady);
        QSignalSpy logChanged(&rig.events, &EventService::logChanged);
        QSignalSpy saved(&rig.events, &EventService::eventSnapshotSaved);
        rig.events.start();
        QCOMPARE(rig.events.state(), Service::State::Running);

        MotionInfo info;
        info.startMs = 1'747'405'435'123;
        info.zones = {QRectF(0.25, 0.25, 0.5, 0.5)};
        rig.detector.startMotion(info);
        QCOMPARE(started.count(), 1);
        const Event first = eventOf(started);
        QCOMPARE(first.id, QStringLiteral("20250516-142355-123-motion"));
        QCOMPARE(first.type, Event::Type::Motion);
        QCOMPARE(first.startMs, info.startMs);
        QCOMPARE(first.endMs, 0);
        QCOMPARE(active.count(), 1);
        QCOMPARE(active.first().at(1).toBool(), true);
        QVERIFY(rig.events.isActive(Event::Type::Motion));
        QCOMPARE(rig.grabber.waiting(), 1);

        rig.grabber.present(grey(320, 240, 120));
        QVERIFY(snapshots.wait(10000));
        QCOMPARE(QImage::fromData(snapshots.first().first().toByteArray(), "JPEG").size(),
                 QSize(320, 240));
        // The screen's toast shows it while the event goes on.
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).toString(), first.id);
        QCOMPARE(QImage(saved.first().at(1).toString()).size(), QSize(320, 240));

        info.endMs = info.startMs + 4200;
        info.peakScore = 0.61;
        rig.detector.endMotion(info);
        QCOMPARE(ended.count(), 1);
        const Event e = eventOf(ended);
        QCOMPARE(e.id, first.id);
        QCOMPARE(e.endMs, info.endMs);
        QCOMPARE(e.peakScore, 0.61);
        QCOMPARE(e.zones, info.zones);
        QCOMPARE(e.snapshot, first.id + QStringLiteral(".jpg"));
        const QImage picture(rig.events.snapshotPath(e));
        QCOMPARE(picture.size(), QSize(320, 240));
        QCOMPARE(rig.events.snapshotPath(e), QDir(dir.path()).filePath(e.snapshot));
        QCOMPARE(active.count(), 2);
        QCOMPARE(active.last().at(1).toBool(), false);
        QCOMPARE(rig.events.loggedEvents().size(), 1);
        QCOMPARE(rig.events.loggedEvents().constFirst(), e);
        QVERIFY(logChanged.count() >= 2); // opened, then the event
        QVERIFY(!rig.events.isActive(Event::Type::Motion));

        // Back after a restart.
        EventService again(rig.settings, nullptr);
        again.setDirectory(dir.path());
        again.start();
        QCOMPARE(again.loggedEvents().size(), 1);
        QCOMPARE(again.loggedEvents().constFirst(), e);
    }

    // Motion shorter than a conversion: the end waits for the snapshot.
    void anEndBeforeTheSnapshotWaitsForIt()
    {
        QTemporaryDir dir;
        Rig rig(dir.path());
        QSignalSpy ended(&rig.events, &EventService::eventEnded);
        QSignalSpy active(&rig.events, &EventService::activeChanged);
        rig.events.start();
        rig.detector.startMotion({});
        rig.detector.endMotion({});
        QCOMPARE(active.count(), 2); // over, as far as anyone watching is concerned
        QCOMPARE(ended.count(), 0);
        rig.grabber.present(grey(160, 120, 60));
        QVERIFY(ended.wait(10000));
        const Event e = eventOf(ended);
        QVERIFY(!e.snapshot.isEmpty());
        QVERIFY(e.endMs >= e.startMs && e.startMs > 0);
        QCOMPARE(QImage(rig.events.snapshotPath(e)).size(), QSize(160, 120));
    }

    void noPictureEndsWithoutASnapshot()
    {
        QTemporaryDir dir;
        Rig rig(dir.path());
        rig.grabber.setTimeout(std::chrono::milliseconds(200));
        QSignalSpy ended(&rig.events, &EventService::eventEnded);
        QSignalSpy failed(&rig.events, &EventService::snapshotReady);
        rig.events.start();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no picture from the camera"));
        rig.detector.startMotion({});
        rig.detector.endMotion({});
        QVERIFY(ended.wait(10000));
        QVERIFY(eventOf(ended).snapshot.isEmpty());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(rig.events.loggedEvents().size(), 1);
    }

    void tamperIsAnEventScoredAgainstItsThresholds()
    {
        QTemporaryDir dir;
        Rig rig(dir.path(), {QStringLiteral("tamper/degrees=10"), QStringLiteral("tamper/g=0.5")});
        QSignalSpy started(&rig.events, &EventService::eventStarted);
        QSignalSpy ended(&rig.events, &EventService::eventEnded);
        rig.events.start();
        rig.events.startTamper({1000, 0, 12.0, 0.1});
        QCOMPARE(eventOf(started).type, Event::Type::Tamper);
        QCOMPARE(eventOf(started).peakScore, 1.2);
        rig.grabber.present(grey(320, 240, 200));
        rig.events.endTamper({1000, 3000, 30.0, 0.75});
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        const Event e = eventOf(ended);
        QCOMPARE(e.id, Event::makeId(Event::Type::Tamper, 1000));
        QCOMPARE(e.endMs, 3000);
        QCOMPARE(e.degrees, 30.0);
        QCOMPARE(e.g, 0.75);
        QCOMPARE(e.peakScore, 3.0);
        QVERIFY(!e.snapshot.isEmpty());
        // Motion and tamper at once are two events.
        rig.detector.startMotion({});
        rig.events.startTamper({5000, 0, 0, 0.9});
        QVERIFY(rig.events.isActive(Event::Type::Motion));
        QVERIFY(rig.events.isActive(Event::Type::Tamper));
    }

    void stoppingEndsWhatGoesOn()
    {
        QTemporaryDir dir;
        Rig rig(dir.path());
        QSignalSpy ended(&rig.events, &EventService::eventEnded);
        QSignalSpy active(&rig.events, &EventService::activeChanged);
        rig.events.start();
        rig.detector.startMotion({});
        rig.events.startTamper({1000, 0, 20, 0});
        rig.events.stop();
        QCOMPARE(ended.count(), 2); // without waiting for snapshots
        QCOMPARE(active.count(), 4);
        QVERIFY(eventOf(ended, 0).snapshot.isEmpty());
        // The snapshot that comes too late is not left lying around.
        QSignalSpy taken(&rig.grabber, &SnapshotGrabber::taken);
        rig.grabber.present(grey(160, 120, 60));
        QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 2, 10000);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.jpg")}), QStringList());
        // Stopped: a detector's report is no event.
        rig.detector.startMotion({});
        QCOMPARE(active.count(), 4);
    }

    void aNewStartEndsTheOldEvent()
    {
        QTemporaryDir dir;
        Rig rig(dir.path());
        rig.grabber.setTimeout(std::chrono::milliseconds(100));
        QSignalSpy started(&rig.events, &EventService::eventStarted);
        QSignalSpy ended(&rig.events, &EventService::eventEnded);
        rig.events.start();
        MotionInfo info;
        info.startMs = 2000;
        rig.detector.startMotion(info);
        info.startMs = 2000; // the same millisecond: still a new id
        rig.detector.startMotion(info);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(started.count(), 2);
        QVERIFY(eventOf(started, 0).id != eventOf(started, 1).id);
        QCOMPARE(eventOf(ended).endMs, 2000);
    }

    // Detection off: what goes on ends, reports are no events; on again: they are.
    void detectionSwitch()
    {
        QTemporaryDir dir;
        Rig rig(dir.path());
        QSignalSpy started(&rig.events, &EventService::eventStarted);
        QSignalSpy ended(&rig.events, &EventService::eventEnded);
        QSignalSpy changed(&rig.events, &EventService::detectionEnabledChanged);
        rig.events.start();
        QVERIFY(rig.events.detectionEnabled());
        rig.events.startTamper({1000, 0, 20, 0});
        rig.events.setDetectionEnabled(false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toBool(), false);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!rig.events.isActive(Event::Type::Tamper));
        rig.detector.startMotion({});
        rig.events.startTamper({5000, 0, 20, 0});
        QCOMPARE(started.count(), 1);
        rig.events.setDetectionEnabled(false); // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        rig.events.setDetectionEnabled(true);
        rig.detector.startMotion({});
        QCOMPARE(started.count(), 2);
        QCOMPARE(changed.count(), 2);
    }

    // The switch starts as motion/enabled says, and a change of the setting
    // (the settings panel's Apply) switches it like the screen and MQTT do.
    void detectionFollowsTheSetting()
    {
        Settings settings;
        settings.override(QStringLiteral("motion/enabled=false"));
        EventService events(settings);
        QSignalSpy changed(&events, &EventService::detectionEnabledChanged);
        QVERIFY(!events.detectionEnabled());
        QCOMPARE(settings.setValue(QStringLiteral("motion/enabled"), QStringLiteral("true")),
                 QString());
        QCOMPARE(changed.count(), 1);
        QVERIFY(events.detectionEnabled());
    }

    void remoteSnapshotIsPublishedNotKept()
    {
        QTemporaryDir dir;
        Rig rig(dir.path());
        QSignalSpy snapshots(&rig.events, &EventService::snapshotReady);
        rig.events.start();
        rig.events.takeSnapshot();
        rig.grabber.present(grey(320, 180, 90));
        QVERIFY(snapshots.wait(10000));
        QCOMPARE(QImage::fromData(snapshots.first().first().toByteArray(), "JPEG").size(),
                 QSize(320, 180));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.jpg")}), QStringList());
        QCOMPARE(rig.events.loggedEvents().size(), 0);

        // No camera at all: said so.
        EventService blind(rig.settings, nullptr);
        QSignalSpy failed(&blind, &EventService::snapshotFailed);
        blind.takeSnapshot();
        QCOMPARE(failed.count(), 1);
    }

    // A directory that cannot be made or written: the service runs, says
    // why, and lists the events from memory.
    void unusableDirectoryIsAState()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("state")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Rig rig(dir.filePath(QStringLiteral("state/events")));
        rig.grabber.setTimeout(std::chrono::milliseconds(100));
        QSignalSpy ended(&rig.events, &EventService::eventEnded);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("event log kept in memory only"));
        rig.events.start();
        QCOMPARE(rig.events.state(), Service::State::Running);
        QVERIFY2(rig.events.lastError().contains(QStringLiteral("kept in memory only")),
                 qPrintable(rig.events.lastError()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("snapshot: cannot write"));
        rig.detector.startMotion({});
        rig.grabber.present(grey(160, 120, 60));
        rig.detector.endMotion({});
        QVERIFY(ended.wait(10000));
        QVERIFY(eventOf(ended).snapshot.isEmpty());
        QCOMPARE(rig.events.loggedEvents().size(), 1);
        QVERIFY(!rig.events.logProblem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventService)
#include "test_eventservice.moc"
