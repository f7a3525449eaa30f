// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "sensorservice.h"

#include "config/settings.h"
#include "system/logging.h"

#include <cmath>

SensorService::SensorService(const Settings &settings, QObject *parent)
    : Service(QStringLiteral("sensors"), parent)
    , m_settings(settings)
{
    qRegisterMetaType<SensorReading>();
    qRegisterMetaType<AttitudeSample>();
}

SensorService::~SensorService()
{
    stopThread();
}

void SensorService::setSystemPaths(const QString &iioRoot, const QString &thermalPath)
{
    m_iioRoot = iioRoot;
    m_thermalPath = thermalPath;
}

void SensorService::setSourceDescription(const QString &description)
{
    if (description == m_sourceDescription)
        return;
    m_sourceDescription = description;
    emit sourceDescriptionChanged(description);
}

void SensorService::startService()
{
    stopThread();
    SensorSampler::Config config;
    config.source = m_settings.text(QStringLiteral("sensors/source"));
    config.i2cBus = m_settings.text(QStringLiteral("sensors/i2c_bus"));
    config.seed = quint32(m_settings.value(QStringLiteral("sensors/seed")).toLongLong());
    config.intervalMs =
        std::max(1, int(std::lround(m_settings.realValue(QStringLiteral("mqtt/interval")) * 1000)));
    config.iioRoot = m_iioRoot;
    config.thermalPath = m_thermalPath;

    const quint64 generation = ++m_generation;
    if (m_errorCount != 0) {
        m_errorCount = 0;
        emit errorCountChanged(0);
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("sensors"));
    auto *sampler = new SensorSampler(config, m_sourceFactory ? m_sourceFactory() : nullptr);
    sampler->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, sampler, &QObject::deleteLater);

    // Queued: the sampler's thread emits, these run on the main thread.
    connect(sampler, &SensorSampler::started, this, [this, generation](const QString &d) {
        if (generation != m_generation)
            return;
        setSourceDescription(d);
        reportRunning();
    });
    connect(sampler, &SensorSampler::failed, this, [this, generation](const QString &reason) {
        if (generation != m_generation)
            return;
        // The Sense HAT was asked for by name and none of its chips
        // answers: that needs a person (fit the HAT, enable I2C, or choose
        // another source), so it stays Failed, as the design says.
        setSourceDescription(QStringLiteral("none"));
        reportFailed(reason +
                     QStringLiteral(" - check that the Sense HAT is fitted and I2C is enabled, "
                                    "or set sensors/source to auto or simulated"));
    });
    connect(sampler, &SensorSampler::sourceDescriptionChanged, this,
            [this, generation](const QString &d) {
                if (generation != m_generation)
                    return;
                qCInfo(lcSensors).noquote() << "sensor source now:" << d;
                setSourceDescription(d);
            });
    connect(sampler, &SensorSampler::readingReady, this,
            [this, generation](const SensorReading &r) {
                if (generation != m_generation)
                    return;
                m_latest = r;
                emit readingReady(r);
            });
    connect(sampler, &SensorSampler::liveReadingReady, this,
            [this, generation](const SensorReading &r) {
                if (generation == m_generation)
                    emit liveReadingReady(r);
            });
    connect(sampler, &SensorSampler::errorCountChanged, this, [this, generation](int errors) {
        if (generation != m_generation || errors == m_errorCount)
            return;
        m_errorCount = errors;
        emit errorCountChanged(errors);
    });
    connect(sampler, &SensorSampler::attitudeChanged, this,
            [this, generation](double pitch, double roll, double yaw) {
                if (generation == m_generation)
                    emit attitudeChanged(pitch, roll, yaw);
            });
    connect(sampler, &SensorSampler::attitudeSampled, this,
            [this, generation](const AttitudeSample &sample) {
                if (generation == m_generation)
                    emit attitudeSampled(sample);
            });

    qCDebug(lcSensors).noquote() << "starting the sensor sampler: source" << config.source
                                 << "interval" << config.intervalMs << "ms";
    m_thread->start();
    QMetaObject::invokeMethod(sampler, &SensorSampler::start, Qt::QueuedConnection);
}

void SensorService::stopService()
{
    stopThread();
}

void SensorService::stopThread()
{
    ++m_generation;
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}
