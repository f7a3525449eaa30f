// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "attitudefilter.h"
#include "attitudesample.h"
#include "sensorreading.h"
#include "sensorsource.h"
#include "temperaturecompensation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

// The sensor worker: lives on the SensorService's thread, reads the motion
// chips at 50 Hz into the attitude filter, the climate chips about once a
// second, and hands out a SensorReading every interval (readingReady: what is
// published), a live one about every second for the screen whatever the
// interval (liveReadingReady: the same fused values, its own smoothing of
// the corrected temperature), the attitude at about 10 Hz and every motion
// sample's pose (attitudeSampled). Nothing here
// ever runs on the UI thread.
class SensorSampler : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString source = QStringLiteral("auto"); // auto, sensehat, simulated
        QString i2cBus = QStringLiteral("/dev/i2c-1");
        QString iioRoot;     // empty: the system's
        QString thermalPath; // empty: the system's
        quint32 seed = 0;    // simulated source; 0 = random
        int intervalMs = 2000;
        int motionPeriodMs = 20;    // 50 Hz
        int attitudePeriodMs = 100; // 10 Hz
        int climatePeriodMs = 1000;
        int livePeriodMs = 1000; // the screen's readings; 0: none
    };

    // The source is made from the config on start(), unless one is given.
    explicit SensorSampler(const Config &config, std::unique_ptr<SensorSource> source = {},
                           QObject *parent = nullptr);
    ~SensorSampler() override;

    // The source the config asks for; nullptr with *error when a Sense HAT
    // was required and none of its chips answered.
    static std::unique_ptr<SensorSource> createSource(const Config &config, QString *error);

public slots:
    // Call on the sampler's thread (queued).
    void start();

signals:
    void started(const QString &sourceDescription);
    void failed(const QString &reason);
    void sourceDescriptionChanged(const QString &description);
    void readingReady(const SensorReading &reading);
    void liveReadingReady(const SensorReading &reading);
    void attitudeChanged(double pitch, double roll, double yaw);
    // Every motion sample once the filter has a pose (50 Hz).
    void attitudeSampled(const AttitudeSample &sample);
    void errorCountChanged(int errors);

private:
    double now() const { return double(m_clock.nsecsElapsed()) / 1e9; }
    void sampleMotion();
    void sampleClimate();
    void publishReading();
    void publishLiveReading();
    SensorReading makeReading(TemperatureCompensation &compensation) const;
    void checkDescription();

    Config m_config;
    std::unique_ptr<SensorSource> m_source;
    QElapsedTimer m_clock;
    QTimer m_motionTimer;
    QTimer m_readingTimer;
    QTimer m_liveTimer;
    AttitudeFilter m_filter;
    TemperatureCompensation m_compensation;
    TemperatureCompensation m_liveCompensation;
    MotionSample m_motion;
    ClimateSample m_climate;
    double m_lastMotionTime = -1;
    double m_lastClimateTime = -1;
    double m_lastAttitudeTime = -1;
    QString m_description;
    int m_errorCount = 0;
};
