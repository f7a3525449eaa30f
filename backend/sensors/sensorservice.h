// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "sensorreading.h"
#include "sensorsampler.h"
#include "system/service.h"

#include <QThread>

#include <functional>
#include <memory>

class Settings;

// The "sensors" service: runs a SensorSampler on its own thread and passes
// its readings (every mqtt/interval, to publish), its live readings (about
// every second, for the screen) and the attitude on, on the main thread. Reads sensors/source,
// sensors/i2c_bus, sensors/seed and mqtt/interval when it starts, so a
// restart picks up changed settings.
class SensorService : public Service
{
    Q_OBJECT
    // Which source is in use and how its chips are, e.g.
    // "Sense HAT (HTS221, LSM9DS1; LPS25H failed)" or "simulated (seed 7)".
    Q_PROPERTY(QString sourceDescription READ sourceDescription NOTIFY sourceDescriptionChanged)
    // I2C/IIO read errors of the current source since the service started.
    Q_PROPERTY(int errorCount READ errorCount NOTIFY errorCountChanged)

public:
    explicit SensorService(const Settings &settings, QObject *parent = nullptr);
    ~SensorService() override;

    SensorReading latest() const { return m_latest; }
    QString sourceDescription() const { return m_sourceDescription; }
    int errorCount() const { return m_errorCount; }

    // Where the system files are read from; tests point these at temp dirs.
    void setSystemPaths(const QString &iioRoot, const QString &thermalPath);
    // Makes the source instead of sensors/source (tests: a simulation they
    // can disturb, a simulated register map). Applies from the next start.
    using SourceFactory = std::function<std::unique_ptr<SensorSource>()>;
    void setSourceFactory(SourceFactory factory) { m_sourceFactory = std::move(factory); }

signals:
    void readingReady(const SensorReading &reading);
    void liveReadingReady(const SensorReading &reading);
    void attitudeChanged(double pitch, double roll, double yaw);
    // Every motion sample's pose and acceleration (50 Hz; the tamper detector).
    void attitudeSampled(const AttitudeSample &sample);
    void sourceDescriptionChanged(const QString &description);
    void errorCountChanged(int errors);

protected:
    void startService() override;
    void stopService() override;

private:
    void setSourceDescription(const QString &description);
    void stopThread();

    const Settings &m_settings;
    QString m_iioRoot;
    QString m_thermalPath;
    SourceFactory m_sourceFactory;
    std::unique_ptr<QThread> m_thread;
    quint64 m_generation = 0; // drops queued signals of a sampler already stopped
    SensorReading m_latest;
    QString m_sourceDescription;
    int m_errorCount = 0;
};
