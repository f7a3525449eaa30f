// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "motionindicator.h"

MotionIndicator::MotionIndicator(QObject *parent)
    : QObject(parent)
{}

QVariantList MotionIndicator::zones() const
{
    QVariantList out;
    out.reserve(m_zones.size());
    for (const QRectF &r : m_zones)
        out << QVariant::fromValue(r);
    return out;
}

void MotionIndicator::requestDetection(bool on)
{
    if (!m_available)
        return;
    emit detectionRequested(on);
}

void MotionIndicator::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    emit availableChanged();
}

void MotionIndicator::setDetectionEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    emit detectionEnabledChanged();
    if (!on) {
        setActivity(0, false);
        setZones({});
    }
}

void MotionIndicator::setActivity(double score, bool active)
{
    if (score == m_score && active == m_active)
        return;
    m_score = score;
    m_active = active;
    emit activityChanged();
}

void MotionIndicator::setZones(const QList<QRectF> &zones)
{
    if (zones == m_zones)
        return;
    m_zones = zones;
    emit zonesChanged();
}
