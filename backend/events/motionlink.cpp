// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "motionlink.h"

MotionLink::MotionLink(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<MotionInfo>();
}

bool MotionLink::isAvailable() const
{
    return m_service && m_service->state() == Service::State::Running;
}

bool MotionLink::detectionEnabled() const
{
    return m_enabled && m_enabled();
}

void MotionLink::setDetectionEnabled(bool on)
{
    if (m_setEnabled)
        m_setEnabled(on);
}
