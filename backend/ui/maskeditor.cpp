// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "maskeditor.h"

#include "config/rectlist.h"
#include "settingseditor.h"

#include <algorithm>
#include <cmath>

const QString MaskEditor::Key = QStringLiteral("motion/mask");

MaskEditor::MaskEditor(SettingsEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    readField();
    // Every change of the field (a drawn rectangle, typing, Cancel, Apply,
    // reload) comes back through the model.
    connect(editor, &QAbstractItemModel::dataChanged, this, &MaskEditor::readField);
    connect(editor, &QAbstractItemModel::modelReset, this, &MaskEditor::readField);
}

QVariantList MaskEditor::rects() const
{
    QVariantList out;
    out.reserve(m_rects.size());
    for (const QRectF &r : m_rects)
        out << QVariant::fromValue(r);
    return out;
}

bool MaskEditor::full() const
{
    return m_rects.size() >= RectList::MaxRects;
}

QRectF MaskEditor::dragRect(QPointF from, QPointF to, QSizeF size) const
{
    if (size.width() <= 0 || size.height() <= 0)
        return {};
    const auto fraction = [](double v, double whole) { return std::clamp(v / whole, 0.0, 1.0); };
    const QPointF a(fraction(from.x(), size.width()), fraction(from.y(), size.height()));
    const QPointF b(fraction(to.x(), size.width()), fraction(to.y(), size.height()));
    return QRectF(a, b).normalized();
}

bool MaskEditor::finishGesture(QPointF from, QPointF to, QSizeF size)
{
    const QPointF moved = to - from;
    if (std::abs(moved.x()) < TapPixels && std::abs(moved.y()) < TapPixels) {
        select(rectAt(to, size));
        return false;
    }
    const QRectF r = dragRect(from, to, size);
    if (!m_valid || full() || r.width() < MinimumSide || r.height() < MinimumSide)
        return false;
    QList<QRectF> rects = m_rects;
    rects << r;
    write(rects);
    // Selected, so a slip is undone with one tap on Delete.
    if (m_rects.size() == rects.size())
        select(int(m_rects.size()) - 1);
    return true;
}

int MaskEditor::rectAt(QPointF point, QSizeF size) const
{
    if (size.width() <= 0 || size.height() <= 0)
        return -1;
    const QPointF p(point.x() / size.width(), point.y() / size.height());
    for (int i = int(m_rects.size()) - 1; i >= 0; --i) {
        if (m_rects.at(i).contains(p))
            return i;
    }
    return -1;
}

void MaskEditor::select(int index)
{
    if (index < -1 || index >= m_rects.size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    emit selectedChanged();
}

void MaskEditor::removeSelected()
{
    if (m_selected < 0)
        return;
    QList<QRectF> rects = m_rects;
    rects.removeAt(m_selected);
    write(rects);
}

void MaskEditor::clear()
{
    write({});
}

void MaskEditor::write(const QList<QRectF> &rects)
{
    m_editor->setText(Key, RectList::format(rects));
}

void MaskEditor::readField()
{
    const RectList::Parsed parsed = RectList::parse(m_editor->textOf(Key));
    const QList<QRectF> rects = parsed.ok() ? parsed.rects : QList<QRectF>();
    if (rects == m_rects && parsed.ok() == m_valid)
        return;
    m_rects = rects;
    m_valid = parsed.ok();
    // Indexes mean something else now.
    select(-1);
    emit rectsChanged();
}
