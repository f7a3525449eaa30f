// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensorsampler.h"

#include "i2cbus.h"
#include "sensehatsource.h"
#include "simulatedsource.h"
#include "system/logging.h"

#include <QDateTime>
#include <QMap>

SensorSampler::SensorSampler(const Config &config, std::unique_ptr<SensorSource> source,
                             QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_source(std::move(source))
    , m_motionTimer(this)
    , m_readingTimer(this)
    , m_liveTimer(this)
{
    qRegisterMetaType<AttitudeSample>();
    m_motionTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_motionTimer, &QTimer::timeout, this, &SensorSampler::sampleMotion);
    connect(&m_readingTimer, &QTimer::timeout, this, &SensorSampler::publishReading);
    connect(&m_liveTimer, &QTimer::timeout, this, &SensorSampler::publishLiveReading);
}

SensorSampler::~SensorSampler() = default;

std::unique_ptr<SensorSource> SensorSampler::createSource(const Config &config, QString *error)
{
    if (config.source == QLatin1String("simulated"))
        return std::make_unique<SimulatedSource>(config.seed);

    SenseHatSource::Options options;
    if (!config.iioRoot.isEmpty())
        options.iioRoot = config.iioRoot;
    if (!config.thermalPath.isEmpty())
        options.thermalPath = config.thermalPath;
    auto hat = std::make_unique<SenseHatSource>(std::make_unique<I2cBus>(config.i2cBus), options);
    const int present = hat->probe(0.0);
    if (present > 0) {
        qCInfo(lcSensors).noquote() << "using the" << hat->description();
        return hat;
    }
    // One line naming each chip with why it did not answer; chips that
    // failed for the same reason (typically: no bus) share it.
    QMap<QString, QStringList> chipsByReason;
    for (int c = 0; c < SenseHatSource::ChipCount; ++c) {
        const ChipHealth &h = hat->health(SenseHatSource::Chip(c));
        chipsByReason[h.lastError()] << h.name();
    }
    QStringList reasons;
    for (auto it = chipsByReason.cbegin(); it != chipsByReason.cend(); ++it)
        reasons << it.value().join(QStringLiteral(", ")) + QStringLiteral(": ") + it.key();
    const QString why = QStringLiteral("no Sense HAT chip answered on %1 (%2)")
                            .arg(config.i2cBus, reasons.join(QStringLiteral("; ")));
    if (config.source == QLatin1String("sensehat")) {
        *error = why;
        return nullptr;
    }
    auto simulated = std::make_unique<SimulatedSource>(config.seed);
    qCInfo(lcSensors).noquote() << why << "- using" << simulated->description();
    return simulated;
}

void SensorSampler::start()
{
    if (!m_source) {
        QString error;
        m_source = createSource(m_config, &error);
        if (!m_source) {
            emit failed(error);
            return;
        }
    }
    m_clock.start();
    m_description = m_source->description();
    sampleMotion();
    m_motionTimer.start(m_config.motionPeriodMs);
    m_readingTimer.start(m_config.intervalMs);
    emit started(m_description);
    if (m_config.livePeriodMs > 0) {
        // The screen shows values at once, not one period later.
        publishLiveReading();
        m_liveTimer.start(m_config.livePeriodMs);
    }
}

void SensorSampler::checkDescription()
{
    if (const int errors = m_source->errorCount(); errors != m_errorCount) {
        m_errorCount = errors;
        emit errorCountChanged(errors);
    }
    const QString d = m_source->description();
    if (d == m_description)
        return;
    m_description = d;
    emit sourceDescriptionChanged(d);
}

void SensorSampler::sampleMotion()
{
    const double t = now();
    m_motion = m_source->readMotion(t);
    if (m_motion.accel && m_motion.gyro) {
        // A late timer gives a long step; a gap of more than a second
        // restarts the filter from the accelerometer and magnetometer.
        const double dt = m_lastMotionTime < 0 ? 0 : t - m_lastMotionTime;
        if (dt > 1.0)
            m_filter.reset();
        m_filter.update(*m_motion.accel, *m_motion.gyro, m_motion.mag, dt);
        m_lastMotionTime = t;
        if (m_filter.isInitialised())
            emit attitudeSampled(
                {t, QDateTime::currentMSecsSinceEpoch(), m_filter.orientation(), *m_motion.accel});
        if (m_filter.isInitialised() &&
            (m_lastAttitudeTime < 0 ||
             t - m_lastAttitudeTime >= m_config.attitudePeriodMs / 1000.0 * 0.95)) {
            m_lastAttitudeTime = t;
            const auto a = m_filter.angles();
            emit attitudeChanged(a.pitch, a.roll, a.yaw);
        }
    }
    const double climatePeriod = std::min(m_config.climatePeriodMs, m_config.intervalMs) / 1000.0;
    if (m_lastClimateTime < 0 || t - m_lastClimateTime >= climatePeriod * 0.95)
        sampleClimate();
    checkDescription();
}

void SensorSampler::sampleClimate()
{
    m_lastClimateTime = now();
    m_climate = m_source->readClimate(m_lastClimateTime);
}

void SensorSampler::publishReading()
{
    emit readingReady(makeReading(m_compensation));
}

void SensorSampler::publishLiveReading()
{
    emit liveReadingReady(makeReading(m_liveCompensation));
}

SensorReading SensorSampler::makeReading(TemperatureCompensation &compensation) const
{
    SensorReading r;
    r.timestampMs = QDateTime::currentMSecsSinceEpoch();
    r.set(SensorReading::TempHumidity, m_climate.humidityTemperature);
    r.set(SensorReading::TempPressure, m_climate.pressureTemperature);
    r.set(SensorReading::Humidity, m_climate.humidity);
    r.set(SensorReading::Pressure, m_climate.pressure);
    if (m_motion.accel) {
        r.set(SensorReading::AccelX, m_motion.accel->x);
        r.set(SensorReading::AccelY, m_motion.accel->y);
        r.set(SensorReading::AccelZ, m_motion.accel->z);
        if (m_filter.isInitialised()) {
            const auto a = m_filter.angles();
            r.set(SensorReading::Pitch, a.pitch);
            r.set(SensorReading::Roll, a.roll);
            r.set(SensorReading::Yaw, a.yaw);
        }
    }
    r.set(SensorReading::CpuTemperature, m_climate.cpuTemperature);
    r.set(SensorReading::CompensatedTemperature,
          compensation.add(m_climate.humidityTemperature, m_climate.pressureTemperature,
                           m_climate.cpuTemperature));
    return r;
}
