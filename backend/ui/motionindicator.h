// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QList>
#include <QObject>
#include <QRectF>
#include <QVariantList>

class Settings;

// Motion detection as the kiosk screen shows and switches it: whether a
// detector is there, whether it is on, whether an event is going on, the
// last score and the boxes that changed (for outlines on the preview), and
// the masked areas (motion/mask as applied). It holds what the "motion"
// service last said (the plugin connects MotionService's signals to the
// slots below) and passes the screen's switch on as detectionRequested to
// the events service, which owns the switch; its answer comes back through
// setDetectionEnabled (GuardianWiring).
class MotionIndicator : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool detectionEnabled READ detectionEnabled NOTIFY detectionEnabledChanged)
    Q_PROPERTY(bool active READ active NOTIFY activityChanged)
    Q_PROPERTY(double score READ score NOTIFY activityChanged)
    // Normalised boxes (QRectF, 0..1 of the picture) that changed in the
    // last analysed frame; empty while detection is off.
    Q_PROPERTY(QVariantList zones READ zones NOTIFY zonesChanged)
    // The areas motion/mask leaves out (normalised QRectF), as saved; empty
    // when the setting is invalid.
    Q_PROPERTY(QVariantList mask READ mask NOTIFY maskChanged)

public:
    explicit MotionIndicator(const Settings *settings = nullptr, QObject *parent = nullptr);

    bool available() const { return m_available; }
    bool detectionEnabled() const { return m_enabled; }
    bool active() const { return m_active; }
    double score() const { return m_score; }
    QVariantList zones() const;
    QVariantList mask() const;

    // The screen's switch: asks the detector (nothing without one).
    Q_INVOKABLE void requestDetection(bool on);

public slots:
    void setAvailable(bool available);
    void setDetectionEnabled(bool on);
    void setActivity(double score, bool active);
    void setZones(const QList<QRectF> &zones);

signals:
    void availableChanged();
    void detectionEnabledChanged();
    void activityChanged();
    void zonesChanged();
    void maskChanged();
    void detectionRequested(bool on);

private:
    void readMask();

    const Settings *m_settings;
    QList<QRectF> m_mask;
    bool m_available = false;
    bool m_enabled = false;
    bool m_active = false;
    double m_score = 0;
    QList<QRectF> m_zones;
};
