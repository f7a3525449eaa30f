// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "system/service.h"
#include "tamperdetector.h"

class Settings;

// Service "tamper": runs the TamperDetector over every motion sample of the
// sensors (SensorService::attitudeSampled, 50 Hz) and says when the camera
// was moved or knocked. Reads tamper/* when it starts; Starting until the
// first sample arrives (no accelerometer, no tamper detection), then
// Running. tamper/enabled=false stops it.
class TamperService : public Service
{
    Q_OBJECT
public:
    explicit TamperService(const Settings &settings, QObject *parent = nullptr);

    bool isActive() const { return m_detector.isActive(); }
    TamperDetector::Options options() const { return m_detector.options(); }

public slots:
    void addSample(const AttitudeSample &sample);

signals:
    void tamperStarted(const TamperInfo &info);
    void tamperEnded(const TamperInfo &info);

protected:
    void startService() override;
    void stopService() override;

private:
    const Settings &m_settings;
    TamperDetector m_detector;
    qint64 m_lastWallMs = 0;
    bool m_enabled = false;
};
