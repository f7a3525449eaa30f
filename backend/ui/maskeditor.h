// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVariantList>

class SettingsEditor;

// The zone editor of the settings panel: motion/mask drawn with a finger on
// the picture. It reads and writes the mask only through the settings
// editor's motion/mask field (RectList's text), so an edit is checked by the
// schema and waits for Apply like any other; Cancel, Apply and typing into
// the text field show here at once. QML hands over gestures in pixels of the
// picture as drawn (from, to, the picture's size); everything in fractions of
// the picture is worked out here.
class MaskEditor : public QObject
{
    Q_OBJECT
    // The rectangles (normalised QRectF) of the field's text; empty while
    // the text is invalid.
    Q_PROPERTY(QVariantList rects READ rects NOTIFY rectsChanged)
    // The field's text is not a valid mask: drawing waits until it is fixed
    // (or cleared).
    Q_PROPERTY(bool valid READ valid NOTIFY rectsChanged)
    // No room for another rectangle (RectList::MaxRects).
    Q_PROPERTY(bool full READ full NOTIFY rectsChanged)
    // The rectangle tapped last (an index into rects), -1 for none.
    Q_PROPERTY(int selected READ selected NOTIFY selectedChanged)

public:
    static const QString Key; // "motion/mask"
    // A gesture that moves less than this (pixels, either way) is a tap.
    static constexpr double TapPixels = 12;
    // A drawn rectangle narrower or lower than this fraction of the picture
    // is refused (a slip of the finger, not an area).
    static constexpr double MinimumSide = 0.02;

    explicit MaskEditor(SettingsEditor *editor, QObject *parent = nullptr);

    QVariantList rects() const;
    QList<QRectF> rectList() const { return m_rects; }
    bool valid() const { return m_valid; }
    bool full() const;
    int selected() const { return m_selected; }

    // The rectangle from `from` to `to` (pixels of a picture of `size`) in
    // fractions of the picture, clamped to it: what a drag covers so far.
    Q_INVOKABLE QRectF dragRect(QPointF from, QPointF to, QSizeF size) const;
    // The finger was lifted: a tap selects the rectangle under it (the one
    // drawn last, on top) or nothing; a drag adds its rectangle to the mask
    // unless it is too small, the mask is full or invalid. True when the
    // mask changed.
    Q_INVOKABLE bool finishGesture(QPointF from, QPointF to, QSizeF size);
    // The index of the top rectangle under `point` (pixels), -1 for none.
    Q_INVOKABLE int rectAt(QPointF point, QSizeF size) const;
    Q_INVOKABLE void select(int index);
    Q_INVOKABLE void removeSelected();
    Q_INVOKABLE void clear();

signals:
    void rectsChanged();
    void selectedChanged();

private:
    void readField();
    void write(const QList<QRectF> &rects);

    SettingsEditor *m_editor;
    QList<QRectF> m_rects;
    bool m_valid = true;
    int m_selected = -1;
};
