// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "settingsschema.h"

#include <QList>
#include <QRectF>
#include <QString>

// Rectangles in fractions of the picture, as a setting's text (motion/mask):
// "x,y,w,h;x,y,w,h", x and y from the top left corner, every number from 0
// to 1 (spaces allowed, empty parts ignored; "" is no rectangle). One place
// reads and writes the format: the schema, the detector and the zone editor.
namespace RectList {

inline constexpr int MaxRects = 16;

struct Parsed
{
    QList<QRectF> rects;
    // Which rectangle is wrong and why; empty when the text is valid.
    SettingsSchema::Detail problem;
    bool ok() const { return problem.isEmpty(); }
};

Parsed parse(const QString &text);
// The text of rects, each number rounded to 3 decimals ("0.25,0,0.5,0.125").
QString format(const QList<QRectF> &rects);

} // namespace RectList
