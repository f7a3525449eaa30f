// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "config/rectlist.h"
#include "motion/motiondetector.h"
#include "motionscene.h"

#include <QTest>

#include <functional>

using TestSupport::MotionScene;
using Verdict = MotionDetector::Verdict;

namespace {

constexpr qint64 PeriodMs = 200; // motion/fps 5

MotionDetector::Config config()
{
    MotionDetector::Config c;
    c.sensitivity = 50;
    c.minArea = 0.01;
    c.startFrames = 3;
    c.endMs = 3000;
    return c;
}

// What a run of pictures made of the detector.
struct Run
{
    QList<MotionInfo> started;
    QList<MotionInfo> ended;
    QList<qint64> startedAt; // when each was reported
    QList<qint64> endedAt;
    QMap<Verdict, int> verdicts;
    double maxScore = 0;
    bool activeAtEnd = false;
};

// Feeds frames pictures, 200 ms apart from timeMs on; scene(i) sets up picture i.
Run feed(MotionDetector &detector, int frames, qint64 &timeMs,
         const std::function<void(int, MotionScene &)> &scene)
{
    Run run;
    for (int i = 0; i < frames; ++i) {
        MotionScene s;
        s.noiseSeed = quint32(timeMs / PeriodMs + 1);
        scene(i, s);
        const MotionDetector::Result r = detector.analyse(s.image(), timeMs);
        run.verdicts[r.verdict]++;
        run.maxScore = std::max(run.maxScore, r.score);
        if (r.started) {
            run.started << *r.started;
            run.startedAt << timeMs;
        }
        if (r.ended) {
            run.ended << *r.ended;
            run.endedAt << timeMs;
        }
        run.activeAtEnd = r.active;
        timeMs += PeriodMs;
    }
    return run;
}

QString describe(const Run &run)
{
    return QStringLiteral("started %1, ended %2, quiet %3, motion %4, light %5, global %6, max "
                          "score %7")
        .arg(run.started.size())
        .arg(run.ended.size())
        .arg(run.verdicts.value(Verdict::Quiet))
        .arg(run.verdicts.value(Verdict::Motion))
        .arg(run.verdicts.value(Verdict::LightChange))
        .arg(run.verdicts.value(Verdict::GlobalChange))
        .arg(run.maxScore);
}

} // namespace

class TestMotionDetector : public QObject
{
    Q_OBJECT
private slots:
    void thresholdFollowsTheSensitivity()
    {
        QCOMPARE(MotionDetector::threshold(100), 4);
        QCOMPARE(MotionDetector::threshold(50), 22);
        QCOMPARE(MotionDetector::threshold(1), 40);
        QCOMPARE(MotionDetector::threshold(0), 40);
    }

    // A bright square crossing the room in 4 s, on a noisy picture: one
    // event, which starts with the third frame of the crossing and ends
    // 3 s (endMs) after the last frame with motion.
    void aMovingObjectGivesExactlyOneEventWithAStartAndAnEnd()
    {
        MotionDetector detector(config());
        qint64 t = 1'000'000;
        const auto still = [](int, MotionScene &s) { s.noiseSigma = 1.5; };
        Run before = feed(detector, 25, t, still);
        QVERIFY2(before.started.isEmpty(), qPrintable(describe(before)));
        QCOMPARE(before.verdicts.value(Verdict::Seeded), 1);

        const qint64 crossingStart = t;
        const int crossingFrames = 20;
        Run crossing = feed(detector, crossingFrames, t, [&](int i, MotionScene &s) {
            s.noiseSigma = 1.5;
            s.square = MotionScene::squareOnPath((i + 1.0) / (crossingFrames + 1), 0.45);
        });
        const qint64 crossingLast = t - PeriodMs;
        QVERIFY2(crossing.started.size() == 1, qPrintable(describe(crossing)));
        QVERIFY(crossing.ended.isEmpty());
        QVERIFY(crossing.activeAtEnd);
        const MotionInfo &started = crossing.started.first();
        QCOMPARE(started.startMs, crossingStart);
        QCOMPARE(crossing.startedAt.first(), crossingStart + 2 * PeriodMs); // the third frame
        QCOMPARE(started.endMs, 0);
        QVERIFY(started.peakScore > 0.01 && started.peakScore < 0.2);
        QVERIFY(!started.zones.isEmpty());

        Run after = feed(detector, 40, t, still);
        QVERIFY2(after.started.isEmpty() && after.ended.size() == 1, qPrintable(describe(after)));
        const MotionInfo &ended = after.ended.first();
        QCOMPARE(ended.startMs, started.startMs);
        QCOMPARE(ended.endMs, crossingLast);
        QCOMPARE(after.endedAt.first(), crossingLast + 3000);
        QVERIFY(ended.peakScore >= started.peakScore);
        QVERIFY(ended.peakScore < 0.2);
        // The square's path: most of the width, around its height (0.34 to 0.56).
        QRectF path;
        for (const QRectF &z : ended.zones)
            path |= z;
        QVERIFY2(path.left() < 0.1 && path.right() > 0.9, qPrintable(QString::number(path.left())));
        QVERIFY2(path.top() > 0.2 && path.bottom() < 0.7,
                 qPrintable(QStringLiteral("%1 %2").arg(path.top()).arg(path.bottom())));
        QVERIFY(!after.activeAtEnd);
        QVERIFY(!detector.eventActive());
    }

    // Motion in fewer frames in a row than startFrames starts nothing.
    void twoFramesOfMotionStartNothing()
    {
        MotionDetector detector(config());
        qint64 t = 0;
        feed(detector, 10, t, [](int, MotionScene &) {});
        Run flash = feed(detector, 2, t, [](int i, MotionScene &s) {
            s.square = MotionScene::squareOnPath(0.3 + 0.1 * i);
        });
        QCOMPARE(flash.verdicts.value(Verdict::Motion), 2);
        Run after = feed(detector, 30, t, [](int, MotionScene &) {});
        QVERIFY2(flash.started.isEmpty() && after.started.isEmpty(), qPrintable(describe(after)));
        QCOMPARE(after.verdicts.value(Verdict::Quiet), 30);
    }

    // The lights go on (+45 levels), then an exposure change (x 1.4), then
    // the lights dim to half: most of the picture changes at once, as one
    // brightness model says. No event, and the pictures after are quiet.
    void aGlobalBrightnessStepGivesNoEvent()
    {
        MotionDetector detector(config());
        qint64 t = 0;
        feed(detector, 10, t, [](int, MotionScene &s) { s.noiseSigma = 1; });
        const std::pair<double, double> steps[] = {{1.0, 45}, {1.4, 45}, {0.5, 0}};
        for (const auto &[gain, offset] : steps) {
            Run run = feed(detector, 25, t, [gain = gain, offset = offset](int, MotionScene &s) {
                s.noiseSigma = 1;
                s.gain = gain;
                s.offset = offset;
            });
            QVERIFY2(run.started.isEmpty(), qPrintable(describe(run)));
            QVERIFY2(run.verdicts.value(Verdict::Motion) == 0, qPrintable(describe(run)));
            QVERIFY2(run.verdicts.value(Verdict::LightChange) == 1,
                     qPrintable(QStringLiteral("gain %1 offset %2: ").arg(gain).arg(offset) +
                                describe(run)));
        }
    }

    // The camera is knocked: the whole picture shifts. Not motion; the
    // background starts again from the new view.
    void aPanIsAGlobalChange()
    {
        MotionDetector detector(config());
        qint64 t = 0;
        feed(detector, 10, t, [](int, MotionScene &) {});
        // Ten of 160 pixels: every square of the checkerboard swaps colour.
        Run run = feed(detector, 20, t, [](int, MotionScene &s) { s.pan = 0.0625; });
        QVERIFY2(run.started.isEmpty(), qPrintable(describe(run)));
        QCOMPARE(run.verdicts.value(Verdict::GlobalChange), 1);
        QCOMPARE(run.verdicts.value(Verdict::Quiet), 19);
    }

    // Dawn: over 60 s the light doubles and rises by 20 levels, with sensor
    // noise. It becomes background as it comes: no event.
    void aSlowLightDriftGivesNoEvent()
    {
        MotionDetector detector(config());
        qint64 t = 0;
        const int frames = 300;
        Run run = feed(detector, frames, t, [](int i, MotionScene &s) {
            const double p = double(i) / frames;
            s.gain = 0.7 + 0.7 * p;
            s.offset = 20 * p;
            s.noiseSigma = 1.5;
        });
        QVERIFY2(run.started.isEmpty(), qPrintable(describe(run)));
        QVERIFY2(run.verdicts.value(Verdict::Motion) == 0, qPrintable(describe(run)));
    }

    // Strong sensor noise (sigma 4 levels in the small picture, like 32 in
    // the camera's before the 8 x 8 box filter) for a minute: no event.
    void sensorNoiseGivesNoEvent()
    {
        MotionDetector detector(config());
        qint64 t = 0;
        Run run = feed(detector, 300, t, [](int, MotionScene &s) { s.noiseSigma = 4; });
        QVERIFY2(run.started.isEmpty(), qPrintable(describe(run)));
        QVERIFY2(run.maxScore < 0.01, qPrintable(describe(run)));
        // The most sensitive setting (4 levels) at the noise a camera has
        // left after the box filter (sigma 1).
        MotionDetector::Config c = config();
        c.sensitivity = 100;
        MotionDetector sensitive(c);
        t = 0;
        Run quiet = feed(sensitive, 150, t, [](int, MotionScene &s) { s.noiseSigma = 1; });
        QVERIFY2(quiet.started.isEmpty() && quiet.maxScore < 0.01, qPrintable(describe(quiet)));
    }

    // A square moving to and fro inside the masked top-left quarter: no
    // event with the mask, one without.
    void aMaskedRegionIsIgnored()
    {
        const auto wobble = [](int i, MotionScene &s) {
            const double x = 0.05 + 0.03 * (i % 8);
            s.square = QRectF(x, 0.1, 0.12, 0.2);
        };
        MotionDetector::Config masked = config();
        masked.mask = RectList::parse(QStringLiteral("0,0,0.5,0.5")).rects;
        QCOMPARE(masked.mask.size(), 1);
        MotionDetector withMask(masked);
        qint64 t = 0;
        feed(withMask, 5, t, [](int, MotionScene &) {});
        Run run = feed(withMask, 40, t, wobble);
        QVERIFY2(run.started.isEmpty(), qPrintable(describe(run)));
        QCOMPARE(run.maxScore, 0.0);
        QVERIFY(withMask.cellMasked(0, 0));
        QVERIFY(!withMask.cellMasked(withMask.columns() - 1, withMask.rows() - 1));

        MotionDetector without(config());
        t = 0;
        feed(without, 5, t, [](int, MotionScene &) {});
        Run unmasked = feed(without, 40, t, wobble);
        QVERIFY2(unmasked.started.size() == 1, qPrintable(describe(unmasked)));
    }

    // The score is a share of the unmasked picture: the same square scores
    // more when half the picture is masked.
    void theScoreIsAShareOfTheUnmaskedPicture()
    {
        const auto scoreWith = [](const QString &mask) {
            MotionDetector::Config c = config();
            c.mask = RectList::parse(mask).rects;
            MotionDetector detector(c);
            detector.analyse(MotionScene().image(), 0);
            MotionScene s;
            s.square = QRectF(0.6, 0.3, 0.2, 0.3);
            return detector.analyse(s.image(), PeriodMs).score;
        };
        const double whole = scoreWith(QString());
        const double half = scoreWith(QStringLiteral("0,0,0.5,1"));
        QVERIFY(whole > 0.03);
        QVERIFY2(qAbs(half - 2 * whole) < 0.01,
                 qPrintable(QStringLiteral("%1 %2").arg(whole).arg(half)));
    }

    // The lights go on while something moves: the event goes on, no second one.
    void aLightStepDuringMotionKeepsOneEvent()
    {
        MotionDetector detector(config());
        qint64 t = 0;
        feed(detector, 10, t, [](int, MotionScene &) {});
        Run run = feed(detector, 30, t, [](int i, MotionScene &s) {
            s.square = MotionScene::squareOnPath((i + 1) / 31.0);
            if (i >= 15)
                s.offset = 30;
        });
        Run after = feed(detector, 30, t, [](int, MotionScene &s) { s.offset = 30; });
        QVERIFY2(run.started.size() == 1 && after.ended.size() == 1,
                 qPrintable(describe(run) + QStringLiteral("; ") + describe(after)));
        QVERIFY(after.started.isEmpty());
    }

    void finishEndsAnOngoingEvent()
    {
        MotionDetector detector(config());
        qint64 t = 0;
        feed(detector, 5, t, [](int, MotionScene &) {});
        Run run = feed(detector, 6, t, [](int i, MotionScene &s) {
            s.square = MotionScene::squareOnPath(0.2 + 0.1 * i);
        });
        QCOMPARE(run.started.size(), 1);
        const std::optional<MotionInfo> ended = detector.finish();
        QVERIFY(ended.has_value());
        QCOMPARE(ended->startMs, run.started.first().startMs);
        QCOMPARE(ended->endMs, t - PeriodMs);
        QVERIFY(!detector.eventActive());
        QVERIFY(!detector.finish().has_value());
    }
};

QTEST_GUILESS_MAIN(TestMotionDetector)
#include "test_motiondetector.moc"
