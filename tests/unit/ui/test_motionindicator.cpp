// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/settings.h"
#include "ui/motionindicator.h"

#include <QSignalSpy>
#include <QTest>

class TestMotionIndicator : public QObject
{
    Q_OBJECT
private slots:
    // Without a detector the switch asks nobody.
    void theSwitchAsksOnlyAnAvailableDetector()
    {
        MotionIndicator indicator;
        QSignalSpy requested(&indicator, &MotionIndicator::detectionRequested);
        QSignalSpy available(&indicator, &MotionIndicator::availableChanged);
        QVERIFY(!indicator.available());
        indicator.requestDetection(true);
        QCOMPARE(requested.count(), 0);

        indicator.setAvailable(true);
        indicator.setAvailable(true);
        QCOMPARE(available.count(), 1);
        indicator.requestDetection(false);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toBool(), false);
        // It only asks: what detection is comes from the detector.
        QVERIFY(!indicator.detectionEnabled());
    }

    void activityAndZonesAreSaidOnceEach()
    {
        MotionIndicator indicator;
        QSignalSpy activity(&indicator, &MotionIndicator::activityChanged);
        QSignalSpy zones(&indicator, &MotionIndicator::zonesChanged);
        QSignalSpy enabled(&indicator, &MotionIndicator::detectionEnabledChanged);
        indicator.setDetectionEnabled(true);
        QCOMPARE(enabled.count(), 1);

        indicator.setActivity(0.05, true);
        indicator.setActivity(0.05, true);
        QCOMPARE(activity.count(), 1);
        QVERIFY(indicator.active());
        QCOMPARE(indicator.score(), 0.05);

        const QList<QRectF> boxes{QRectF(0.1, 0.2, 0.3, 0.4), QRectF(0.5, 0.5, 0.1, 0.1)};
        indicator.setZones(boxes);
        indicator.setZones(boxes);
        QCOMPARE(zones.count(), 1);
        const QVariantList shown = indicator.zones();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0).toRectF(), boxes.at(0));

        // Switched off: nothing is going on any more.
        indicator.setDetectionEnabled(false);
        QCOMPARE(enabled.count(), 2);
        QVERIFY(!indicator.active());
        QCOMPARE(indicator.score(), 0.0);
        QVERIFY(indicator.zones().isEmpty());
        QCOMPARE(activity.count(), 2);
        QCOMPARE(zones.count(), 2);
    }

    // The masked areas as saved (for the preview's shading); an invalid
    // text masks nothing.
    void theMaskFollowsTheSetting()
    {
        Settings settings;
        QCOMPARE(settings.setValue(QStringLiteral("motion/mask"), QStringLiteral("0,0,1,0.25")),
                 QString());
        MotionIndicator indicator(&settings);
        QSignalSpy mask(&indicator, &MotionIndicator::maskChanged);
        QCOMPARE(indicator.mask().size(), 1);
        QCOMPARE(indicator.mask().constFirst().toRectF(), QRectF(0, 0, 1, 0.25));
        QCOMPARE(settings.setValue(QStringLiteral("motion/mask"),
                                   QStringLiteral("0,0,0.5,0.5;0.5,0.5,0.5,0.5")),
                 QString());
        QCOMPARE(mask.count(), 1);
        QCOMPARE(indicator.mask().size(), 2);
        QCOMPARE(settings.setValue(QStringLiteral("stream/url"), QStringLiteral("rtsp://x/y")),
                 QString());
        QCOMPARE(mask.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMotionIndicator)
#include "test_motionindicator.moc"
