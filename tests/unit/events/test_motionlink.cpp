// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// MotionLink against a stand-in with MotionService's interface: its events
// pass through, the detection switch reaches it, availability follows its
// service; with nothing attached nothing happens.

#include "events/motionlink.h"
#include "motionstandin.h"

#include <QSignalSpy>
#include <QTest>

using TestSupport::MotionStandIn;

class TestMotionLink : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<MotionInfo>(); }

    void nothingAttached()
    {
        MotionLink link;
        QVERIFY(!link.isAttached());
        QVERIFY(!link.isAvailable());
        QVERIFY(!link.detectionEnabled());
        QSignalSpy enabled(&link, &MotionLink::detectionEnabledChanged);
        link.setDetectionEnabled(true);
        QCOMPARE(enabled.count(), 0);
        QVERIFY(!link.detectionEnabled());
    }

    void passesTheDetectorOn()
    {
        MotionStandIn detector;
        MotionLink link;
        QSignalSpy availability(&link, &MotionLink::availabilityChanged);
        QSignalSpy enabled(&link, &MotionLink::detectionEnabledChanged);
        QSignalSpy started(&link, &MotionLink::motionStarted);
        QSignalSpy ended(&link, &MotionLink::motionEnded);
        QSignalSpy activity(&link, &MotionLink::activityChanged);
        link.attach(detector);
        QVERIFY(link.isAttached());
        QCOMPARE(link.service(), &detector);
        QCOMPARE(availability.count(), 1);
        QVERIFY(!link.isAvailable()); // not started
        detector.start();
        QVERIFY(link.isAvailable());
        QVERIFY(availability.count() >= 2);

        QVERIFY(link.detectionEnabled());
        enabled.clear();
        link.setDetectionEnabled(false);
        QVERIFY(!detector.detectionEnabled());
        QCOMPARE(enabled.count(), 1);
        QCOMPARE(enabled.first().first().toBool(), false);

        MotionInfo info;
        info.startMs = 42;
        info.zones = {QRectF(0, 0, 0.5, 0.5)};
        detector.startMotion(info);
        emit detector.activityChanged(0.3, true);
        info.endMs = 84;
        info.peakScore = 0.7;
        detector.endMotion(info);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().value<MotionInfo>().zones, info.zones);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().first().value<MotionInfo>().peakScore, 0.7);
        QCOMPARE(activity.count(), 1);

        detector.stop();
        QVERIFY(!link.isAvailable());
    }

    void failedDetectorIsUnavailable()
    {
        MotionStandIn detector;
        detector.setFailOnStart(QStringLiteral("no camera frames"));
        MotionLink link;
        link.attach(detector);
        detector.start();
        QVERIFY(!link.isAvailable());
        QCOMPARE(link.service()->lastError(), QStringLiteral("no camera frames"));
    }
};

QTEST_GUILESS_MAIN(TestMotionLink)
#include "test_motionlink.moc"
