// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

// TamperDetector over the simulated Sense HAT and the real attitude filter,
// on simulated time (50 Hz, as the sampler runs): a turn and a knock are one
// event each, a door slam with its rattle is one, slow drift is none.

#include "sensors/attitudefilter.h"
#include "sensors/simulatedsource.h"
#include "sensors/tamperdetector.h"

#include <QTest>

#include <numbers>

Q_DECLARE_METATYPE(Quaternion)

namespace {

constexpr double Dt = 0.02;
constexpr double DegToRad = std::numbers::pi / 180.0;

struct Seen
{
    double time;
    TamperDetector::Change change;
    TamperInfo info;
};

// The sampler's path: source, attitude filter, detector.
class Rig
{
public:
    explicit Rig(quint32 seed, TamperDetector::Options options = {})
        : source(seed)
        , detector(options)
    {}

    // Runs until `until` (seconds of simulated time) and returns what changed.
    QList<Seen> runUntil(double until)
    {
        QList<Seen> seen;
        for (; t < until; t += Dt) {
            const MotionSample m = source.readMotion(t);
            filter.update(*m.accel, *m.gyro, m.mag, first ? 0 : Dt);
            first = false;
            const qint64 wall = 1'700'000'000'000 + qint64(std::llround(t * 1000));
            const auto change = detector.update({t, wall, filter.orientation(), *m.accel});
            if (change != TamperDetector::Change::None)
                seen << Seen{t, change, detector.info()};
        }
        return seen;
    }

    SimulatedSource source;
    AttitudeFilter filter;
    TamperDetector detector;
    double t = 0;
    bool first = true;
};

Quaternion aboutVertical(double degrees)
{
    return Quaternion::fromAxisAngle({0, 0, 1}, degrees * DegToRad);
}

Quaternion aboutX(double degrees)
{
    return Quaternion::fromAxisAngle({1, 0, 0}, degrees * DegToRad);
}

QString describe(const QList<Seen> &seen)
{
    QStringList out;
    for (const Seen &s : seen)
        out << QStringLiteral("%1 at %2 s (%3 deg, %4 g)")
                   .arg(s.change == TamperDetector::Change::Started ? "started" : "ended")
                   .arg(s.time, 0, 'f', 2)
                   .arg(s.info.peakDegrees, 0, 'f', 1)
                   .arg(s.info.peakG, 0, 'f', 2);
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestTamperDetector : public QObject
{
    Q_OBJECT
private slots:
    // The simulation's own wander (heading 25 degrees each way over three
    // minutes, a few degrees of tilt) is slow drift: never tampering.
    void slowDriftIsNoEvent_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 7u, 42u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void slowDriftIsNoEvent()
    {
        QFETCH(quint32, seed);
        Rig rig(seed);
        const QList<Seen> seen = rig.runUntil(15 * 60);
        QVERIFY2(seen.isEmpty(), qPrintable(describe(seen)));
    }

    // A person slowly turning it (30 degrees over a minute: 0.5 degrees a
    // second) is drift too, at the default 10 degrees.
    void slowTurnIsNoEvent()
    {
        Rig rig(5);
        QVERIFY(rig.runUntil(30).isEmpty());
        rig.source.tilt(aboutVertical(30), 60);
        const QList<Seen> seen = rig.runUntil(150);
        QVERIFY2(seen.isEmpty(), qPrintable(describe(seen)));
    }

    void turnIsOneEvent_data()
    {
        QTest::addColumn<Quaternion>("rotation");
        QTest::addRow("panned 20 degrees") << aboutVertical(20);
        QTest::addRow("tilted 15 degrees") << aboutX(15);
        QTest::addRow("turned over") << aboutX(120);
    }
    void turnIsOneEvent()
    {
        QFETCH(Quaternion, rotation);
        const double degrees = rotation.angleTo({}) / DegToRad;
        Rig rig(11);
        QVERIFY(rig.runUntil(30).isEmpty());
        rig.source.tilt(rotation, 0.2);
        const QList<Seen> seen = rig.runUntil(120);
        QVERIFY2(seen.size() == 2, qPrintable(describe(seen)));
        QCOMPARE(seen[0].change, TamperDetector::Change::Started);
        QVERIFY2(seen[0].time < 30.5, qPrintable(describe(seen)));
        QCOMPARE(seen[1].change, TamperDetector::Change::Ended);
        const TamperInfo &info = seen[1].info;
        QVERIFY2(info.peakDegrees > degrees * 0.8 && info.peakDegrees < degrees * 1.2,
                 qPrintable(describe(seen)));
        QVERIFY(info.peakG < 0.5);
        QVERIFY(info.startMs >= 1'700'000'030'000 && info.startMs < 1'700'000'030'500);
        // It ends once it has stood still in the new pose for the settle time.
        QVERIFY(info.endMs > info.startMs);
        QVERIFY2(seen[1].time - double(info.endMs - 1'700'000'000'000) / 1000 >= 5.0 - Dt,
                 qPrintable(describe(seen)));
        QVERIFY(!rig.detector.isActive());
    }

    void smallTurnIsNoEvent()
    {
        Rig rig(12);
        QVERIFY(rig.runUntil(30).isEmpty());
        rig.source.tilt(aboutVertical(5), 0.2);
        const QList<Seen> seen = rig.runUntil(60);
        QVERIFY2(seen.isEmpty(), qPrintable(describe(seen)));
    }

    void knockIsOneEvent()
    {
        Rig rig(13);
        QVERIFY(rig.runUntil(30).isEmpty());
        rig.source.knock({0.3, 0, 0.8}, 0.04);
        const QList<Seen> seen = rig.runUntil(60);
        QVERIFY2(seen.size() == 2, qPrintable(describe(seen)));
        QCOMPARE(seen[0].change, TamperDetector::Change::Started);
        QVERIFY(seen[0].info.peakG > 0.5);
        QCOMPARE(seen[1].change, TamperDetector::Change::Ended);
        QVERIFY(seen[1].info.peakG > 0.7 && seen[1].info.peakG < 0.9);
        QVERIFY2(seen[1].info.peakDegrees < 10, qPrintable(describe(seen)));
        // Ended one settle time after the knock.
        QVERIFY(seen[1].time > 35 - Dt && seen[1].time < 36);
    }

    // A door slam: the bang, then the frame rattling for two seconds.
    void doorSlamIsOneEvent()
    {
        Rig rig(14);
        QVERIFY(rig.runUntil(30).isEmpty());
        rig.source.knock({0, 0.2, -0.9}, 0.04);
        QList<Seen> seen = rig.runUntil(30.5);
        for (double at : {30.5, 31.0, 31.7, 32.4}) {
            seen += rig.runUntil(at);
            rig.source.knock({0.1, 0, 0.6}, 0.02);
        }
        seen += rig.runUntil(60);
        QVERIFY2(seen.size() == 2, qPrintable(describe(seen)));
        QCOMPARE(seen[0].change, TamperDetector::Change::Started);
        QCOMPARE(seen[1].change, TamperDetector::Change::Ended);
        QVERIFY(seen[1].time > 37.4 - Dt);
        QCOMPARE(seen[1].info.startMs, seen[0].info.startMs);
        QVERIFY(seen[1].info.endMs >= 1'700'000'032'400);
    }

    // Two separate knocks, further apart than the settle time: two events.
    void knocksApartAreTwoEvents()
    {
        Rig rig(15);
        QVERIFY(rig.runUntil(30).isEmpty());
        rig.source.knock({0, 0, 1.0}, 0.04);
        QList<Seen> seen = rig.runUntil(45);
        rig.source.knock({0, 0, 1.0}, 0.04);
        seen += rig.runUntil(60);
        QVERIFY2(seen.size() == 4, qPrintable(describe(seen)));
    }

    void thresholdsAreTheOptions()
    {
        TamperDetector::Options o;
        o.degrees = 30;
        o.g = 2.0;
        o.settleSeconds = 1;
        Rig rig(16, o);
        QVERIFY(rig.runUntil(30).isEmpty());
        rig.source.tilt(aboutVertical(20), 0.2);
        rig.source.knock({0, 0, 1.0}, 0.04);
        QVERIFY(rig.runUntil(60).isEmpty());
        rig.source.tilt(aboutVertical(45), 0.2);
        const QList<Seen> seen = rig.runUntil(90);
        QVERIFY2(seen.size() == 2, qPrintable(describe(seen)));
    }

    // Samples far apart (a restarted sampler) are not compared.
    void gapRestartsTheReference()
    {
        TamperDetector detector;
        const Quaternion a;
        const Quaternion b = aboutVertical(90);
        QCOMPARE(detector.update({1.0, 1000, a, {0, 0, 1}}), TamperDetector::Change::None);
        QCOMPARE(detector.update({1.02, 1020, a, {0, 0, 1}}), TamperDetector::Change::None);
        QCOMPARE(detector.update({5.0, 5000, b, {0, 0, 1}}), TamperDetector::Change::None);
        QCOMPARE(detector.update({5.02, 5020, b, {0, 0, 1}}), TamperDetector::Change::None);
        // Time going backwards (a new sampler's clock) too.
        QCOMPARE(detector.update({0.5, 6000, a, {0, 0, 1}}), TamperDetector::Change::None);
        QCOMPARE(detector.update({0.52, 6020, b, {0, 0, 1}}), TamperDetector::Change::Started);
    }
};

QTEST_GUILESS_MAIN(TestTamperDetector)
#include "test_tamperdetector.moc"
