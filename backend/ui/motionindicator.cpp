// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "motionindicator.h"

#include "config/rectlist.h"
#include "config/settings.h"

namespace {

QVariantList variants(const QList<QRectF> &rects)
{
    QVariantList out;
    out.reserve(rects.size());
    for (const QRectF &r : rects)
        out << QVariant::fromValue(r);
    return out;
}

} // namespace

MotionIndicator::MotionIndicator(const Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!settings)
        return;
    readMask();
    connect(settings, &Settings::valueChanged, this, [this](const QString &key) {
        if (key == QLatin1String("motion/mask"))
            readMask();
    });
}

QVariantList MotionIndicator::zones() const
{
    return variants(m_zones);
}

QVariantList MotionIndicator::mask() const
{
    return variants(m_mask);
}

void MotionIndicator::readMask()
{
    const RectList::Parsed parsed =
        RectList::parse(m_settings->text(QStringLiteral("motion/mask")));
    const QList<QRectF> mask = parsed.ok() ? parsed.rects : QList<QRectF>();
    if (mask == m_mask)
        return;
    m_mask = mask;
    emit maskChanged();
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
