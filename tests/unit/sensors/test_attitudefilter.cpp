// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "anglediff.h"
#include "sensors/attitudefilter.h"

#include <QTest>

#include <functional>
#include <numbers>
#include <random>

// The filter is driven with synthetic samples on simulated time: what the
// three sensors of a device in a known orientation would report.
namespace {
constexpr double Deg = std::numbers::pi / 180.0;
constexpr double Rate = 50.0;               // Hz
const Vector3 EarthField{20.0, 0.0, -44.0}; // uT: north and down

struct Noise
{
    double gyroSigma = 0;  // dps
    Vector3 gyroBias;      // dps
    double accelSigma = 0; // g
    double magSigma = 0;   // uT
};

class Rig
{
public:
    explicit Rig(Noise noise = {}, unsigned seed = 7)
        : m_noise(noise)
        , m_random(seed)
    {}

    // Runs the filter over [t, t + seconds) with the device at orientation(t).
    void run(AttitudeFilter &filter, const std::function<Quaternion(double)> &orientation,
             double seconds, const std::function<void(double)> &after = {})
    {
        const double dt = 1.0 / Rate;
        const int steps = int(seconds * Rate);
        for (int i = 0; i < steps; ++i) {
            const double t0 = m_t;
            m_t += dt;
            const Quaternion q0 = orientation(t0);
            const Quaternion q1 = orientation(m_t);
            // Body rate turning q0 into q1.
            Quaternion d = q0.conjugate() * q1;
            if (d.w < 0)
                d = {-d.w, -d.x, -d.y, -d.z};
            const double s = std::sqrt(std::max(0.0, 1 - d.w * d.w));
            const double angle = 2 * std::acos(std::min(1.0, d.w));
            Vector3 gyro = s > 1e-12 ? Vector3{d.x, d.y, d.z} * (angle / s / dt / Deg) : Vector3{};
            gyro = gyro + m_noise.gyroBias + noise3(m_noise.gyroSigma);
            const Vector3 accel = q1.rotateInverse({0, 0, 1}) + noise3(m_noise.accelSigma);
            const Vector3 mag = q1.rotateInverse(EarthField) + noise3(m_noise.magSigma);
            filter.update(accel, gyro, mag, dt);
            if (after)
                after(m_t);
        }
    }
    double time() const { return m_t; }

private:
    Vector3 noise3(double sigma)
    {
        if (sigma <= 0)
            return {};
        std::normal_distribution<double> n(0, sigma);
        return {n(m_random), n(m_random), n(m_random)};
    }

    Noise m_noise;
    std::mt19937 m_random;
    double m_t = 0;
};

Quaternion still(double rollDeg, double pitchDeg, double yawDeg)
{
    return Quaternion::fromEuler(rollDeg * Deg, pitchDeg * Deg, yawDeg * Deg);
}
} // namespace

class TestAttitudeFilter : public QObject
{
    Q_OBJECT
private slots:
    void degreesAreMappedTo0To360()
    {
        QCOMPARE(AttitudeFilter::toSenseHatDegrees(0), 0.0);
        QVERIFY(qFuzzyCompare(AttitudeFilter::toSenseHatDegrees(-90 * Deg), 270.0));
        QVERIFY(qFuzzyCompare(AttitudeFilter::toSenseHatDegrees(45 * Deg), 45.0));
        QVERIFY(qFuzzyCompare(AttitudeFilter::toSenseHatDegrees(-180 * Deg), 180.0));
    }

    void accelerometerPoseMatchesRtimulibFormulas()
    {
        // Level and pointing north: all zero. Gravity only on +y: roll 90.
        const auto level = AttitudeFilter::poseFrom({0, 0, 1}, EarthField);
        QVERIFY(std::abs(level.roll()) < 1e-9 && std::abs(level.pitch()) < 1e-9 &&
                std::abs(level.yaw()) < 1e-9);
        const auto side = AttitudeFilter::poseFrom({0, 1, 0}, std::nullopt);
        QVERIFY(qFuzzyCompare(side.roll(), 90 * Deg));
        // pitch = -atan2(ax, sqrt(ay^2 + az^2)): ax = -0.5, az = 0.866 -> +30.
        const auto nose = AttitudeFilter::poseFrom({-0.5, 0, std::sqrt(0.75)}, std::nullopt);
        QVERIFY(std::abs(nose.pitch() - 30 * Deg) < 1e-9);
    }

    void settlesAtKnownTilts_data()
    {
        QTest::addColumn<double>("roll");
        QTest::addColumn<double>("pitch");
        QTest::addColumn<double>("yaw");
        QTest::newRow("level, north") << 0.0 << 0.0 << 0.0;
        QTest::newRow("roll 30") << 30.0 << 0.0 << 0.0;
        QTest::newRow("pitch -20") << 0.0 << -20.0 << 45.0;
        QTest::newRow("roll -45, pitch 15, yaw 120") << -45.0 << 15.0 << 120.0;
        QTest::newRow("roll 150, pitch 40, yaw 250") << 150.0 << 40.0 << 250.0;
    }
    void settlesAtKnownTilts()
    {
        QFETCH(double, roll);
        QFETCH(double, pitch);
        QFETCH(double, yaw);
        AttitudeFilter filter;
        Noise noise;
        noise.gyroSigma = 0.3;
        noise.accelSigma = 0.003;
        noise.magSigma = 0.2;
        Rig rig(noise);
        // Start level, then hold the tilt: the filter must move there.
        const auto level = [](double) { return still(0, 0, 0); };
        const auto tilted = [&](double) { return still(roll, pitch, yaw); };
        rig.run(filter, level, 1.0);
        rig.run(filter, tilted, 20.0);
        const auto a = filter.angles();
        const auto wanted = AttitudeFilter::Angles{AttitudeFilter::toSenseHatDegrees(pitch * Deg),
                                                   AttitudeFilter::toSenseHatDegrees(roll * Deg),
                                                   AttitudeFilter::toSenseHatDegrees(yaw * Deg)};
        const QString got =
            QStringLiteral("pitch %1 roll %2 yaw %3").arg(a.pitch).arg(a.roll).arg(a.yaw);
        QVERIFY2(std::abs(angleDiff(a.pitch, wanted.pitch)) < 1.0, qPrintable(got));
        QVERIFY2(std::abs(angleDiff(a.roll, wanted.roll)) < 1.0, qPrintable(got));
        QVERIFY2(std::abs(angleDiff(a.yaw, wanted.yaw)) < 1.0, qPrintable(got));
        QVERIFY(a.pitch >= 0 && a.pitch < 360 && a.roll >= 0 && a.roll < 360 && a.yaw >= 0 &&
                a.yaw < 360);
    }

    void steadyRotationAboutZMovesYaw()
    {
        // Level, turning at 15 degrees a second for 60 s (two and a half
        // turns): yaw follows within 2 degrees, pitch and roll stay level.
        const double rate = 15.0;
        AttitudeFilter filter;
        Rig rig({0.2, {}, 0.002, 0.2});
        const auto turning = [&](double t) { return still(0, 0, rate * t); };
        double worstYaw = 0;
        double worstTilt = 0;
        rig.run(filter, turning, 60.0, [&](double t) {
            const auto a = filter.angles();
            const double truth = AttitudeFilter::toSenseHatDegrees(rate * t * Deg);
            worstYaw = std::max(worstYaw, std::abs(angleDiff(a.yaw, truth)));
            worstTilt = std::max(
                {worstTilt, std::abs(angleDiff(a.pitch, 0)), std::abs(angleDiff(a.roll, 0))});
        });
        QVERIFY2(worstYaw < 2.0, qPrintable(QString::number(worstYaw)));
        QVERIFY2(worstTilt < 1.0, qPrintable(QString::number(worstTilt)));
    }

    void gyroOnlyRotationIsIntegrated()
    {
        // Yaw must come from the gyroscope, not only from the field: with
        // the correction switched off, 90 degrees of turning gives yaw 90.
        AttitudeFilter filter(AttitudeFilter::Gains{0.0, 0.0});
        Rig rig;
        const auto turning = [](double t) { return still(0, 0, 9.0 * t); };
        rig.run(filter, turning, 10.0);
        QVERIFY2(std::abs(angleDiff(filter.angles().yaw, 90.0)) < 0.5,
                 qPrintable(QString::number(filter.angles().yaw)));
    }

    void gyroNoiseDoesNotMakeItDrift()
    {
        // Held still for three minutes with a noisy, biased gyroscope.
        Noise noise;
        noise.gyroSigma = 0.8; // dps per sample, worse than the LSM9DS1's
        noise.gyroBias = {0.5, -0.3, 0.7};
        noise.accelSigma = 0.005;
        noise.magSigma = 0.5;
        AttitudeFilter filter;
        Rig rig(noise, 99);
        const auto pose = [](double) { return still(10, -5, 200); };
        rig.run(filter, pose, 60.0); // settle, gyro bias learned
        const auto start = filter.angles();
        double worst = 0;
        rig.run(filter, pose, 180.0, [&](double) {
            const auto a = filter.angles();
            worst = std::max({worst, std::abs(angleDiff(a.yaw, start.yaw)),
                              std::abs(angleDiff(a.pitch, start.pitch)),
                              std::abs(angleDiff(a.roll, start.roll))});
        });
        const auto end = filter.angles();
        const double perMinute = std::abs(angleDiff(end.yaw, start.yaw)) / 3.0;
        QVERIFY2(perMinute < 2.0, qPrintable(QString::number(perMinute)));
        // Not only the end points: it never wanders off by 2 degrees.
        QVERIFY2(worst < 2.0, qPrintable(QString::number(worst)));
        QVERIFY(std::abs(angleDiff(end.yaw, 200)) < 1.0);
    }

    void junkSamplesAreIgnored()
    {
        AttitudeFilter filter;
        Rig rig;
        const auto pose = [](double) { return still(20, 0, 30); };
        rig.run(filter, pose, 2.0);
        const auto before = filter.angles();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        filter.update({nan, 0, 1}, {0, 0, 0}, EarthField, 0.02);
        filter.update({0, 0, 0}, {0, 0, 0}, std::nullopt, 0.02);
        filter.update({0, 0, 1}, {nan, 0, 0}, std::nullopt, 0.02);
        filter.update({0, 0, 1}, {0, 0, 0}, Vector3{nan, nan, nan}, 0.02);
        filter.update({0, 0, 1}, {1e9, 0, 0}, std::nullopt, -1);
        const auto after = filter.angles();
        QVERIFY(std::isfinite(after.pitch) && std::isfinite(after.roll) &&
                std::isfinite(after.yaw));
        QVERIFY(std::abs(angleDiff(after.roll, before.roll)) < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestAttitudeFilter)
#include "test_attitudefilter.moc"
