// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "motion/motioninfo.h"
#include "system/service.h"

namespace TestSupport {

// Stands in for the motion detector (MotionService, backend/motion) with
// exactly its signals and functions, so the events, the remote control and
// the screen are tested against the interface they will be attached to. A
// test says when motion starts and ends; start() runs it unless
// setFailOnStart() says why it cannot.
class MotionStandIn : public Service
{
    Q_OBJECT
public:
    MotionStandIn()
        : Service(QStringLiteral("motion"))
    {}

    void setDetectionEnabled(bool on)
    {
        if (on == m_enabled)
            return;
        m_enabled = on;
        emit detectionEnabledChanged(on);
    }
    bool detectionEnabled() const { return m_enabled; }
    void setFailOnStart(const QString &reason) { m_failure = reason; }

    void startMotion(const MotionInfo &info) { emit motionStarted(info); }
    void endMotion(const MotionInfo &info) { emit motionEnded(info); }

signals:
    void motionStarted(const MotionInfo &info);
    void motionEnded(const MotionInfo &info);
    void activityChanged(double score, bool active);
    void detectionEnabledChanged(bool on);

protected:
    void startService() override
    {
        if (m_failure.isEmpty())
            reportRunning();
        else
            reportFailed(m_failure);
    }
    void stopService() override {}

private:
    bool m_enabled = true;
    QString m_failure;
};

} // namespace TestSupport
