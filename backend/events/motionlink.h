// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "motion/motioninfo.h"
#include "system/service.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <type_traits>

// The motion detector as the events, the remote control and the screen see
// it: its events passed on, its detection switch, whether it runs. The
// detector (MotionService, backend/motion) is attached by the composition
// root; attach() takes any Service with MotionService's signals and
// functions (motionStarted, motionEnded, activityChanged,
// setDetectionEnabled, detectionEnabled, detectionEnabledChanged), so the
// rest builds without it and the tests attach a stand-in. Nothing attached:
// no motion events, and detection cannot be switched on.
class MotionLink : public QObject
{
    Q_OBJECT
public:
    explicit MotionLink(QObject *parent = nullptr);

    template<typename Detector> void attach(Detector &detector);

    bool isAttached() const { return !m_service.isNull(); }
    // The detector's service (null when none is attached).
    Service *service() const { return m_service; }
    // Attached and its service is running: detection can be switched.
    bool isAvailable() const;
    bool detectionEnabled() const;

public slots:
    // Nothing happens unless a detector is attached; the answer comes as
    // detectionEnabledChanged from the detector.
    void setDetectionEnabled(bool on);

signals:
    void motionStarted(const MotionInfo &info);
    void motionEnded(const MotionInfo &info);
    void activityChanged(double score, bool active);
    void detectionEnabledChanged(bool on);
    // The detector's service changed state or error, or one was attached.
    void availabilityChanged();

private:
    QPointer<Service> m_service;
    std::function<void(bool)> m_setEnabled;
    std::function<bool()> m_enabled;
};

template<typename Detector> void MotionLink::attach(Detector &detector)
{
    static_assert(std::is_base_of_v<Service, Detector>, "the motion detector is a Service");
    m_service = &detector;
    const QPointer<Detector> d = &detector;
    m_setEnabled = [d](bool on) {
        if (d)
            d->setDetectionEnabled(on);
    };
    m_enabled = [d] { return d && d->detectionEnabled(); };
    connect(&detector, &Detector::motionStarted, this, &MotionLink::motionStarted);
    connect(&detector, &Detector::motionEnded, this, &MotionLink::motionEnded);
    connect(&detector, &Detector::activityChanged, this, &MotionLink::activityChanged);
    connect(&detector, &Detector::detectionEnabledChanged, this,
            &MotionLink::detectionEnabledChanged);
    connect(&detector, &Service::stateChanged, this, &MotionLink::availabilityChanged);
    connect(&detector, &Service::lastErrorChanged, this, &MotionLink::availabilityChanged);
    emit availabilityChanged();
    emit detectionEnabledChanged(detectionEnabled());
}
