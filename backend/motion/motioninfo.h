// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QList>
#include <QMetaType>
#include <QRectF>

// One motion event as the detector (MotionService) reports it: when it
// started and ended (Unix ms), its strongest score and the zones that moved
// (normalised rectangles, 0..1 of the picture).
struct MotionInfo
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    double peakScore = 0;
    QList<QRectF> zones;
};
Q_DECLARE_METATYPE(MotionInfo)
