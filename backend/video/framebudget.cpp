// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "framebudget.h"

#include <algorithm>

FrameBudget::FrameBudget(int buffers)
    : m_buffers(std::max(0, buffers))
{}

void FrameBudget::addKeeper(int frames)
{
    m_kept += std::max(0, frames);
}

int FrameBudget::left() const
{
    return m_buffers - Capturing - Delivering - m_kept;
}

int FrameBudget::queueShare() const
{
    if (isUnlimited())
        return Unlimited;
    const int rest = std::max(0, left());
    return m_queues > 0 ? rest / m_queues : rest;
}

bool FrameBudget::isOvercommitted() const
{
    return !isUnlimited() && left() < 0;
}

QString FrameBudget::text() const
{
    if (isUnlimited())
        return QStringLiteral("no buffer limit (the source allocates, pools or copies as needed)");
    QString text = QStringLiteral("%1 buffers: %2 capturing, %3 being delivered, %4 kept by "
                                  "consumers, ")
                       .arg(m_buffers)
                       .arg(Capturing)
                       .arg(Delivering)
                       .arg(m_kept);
    if (m_queues == 0)
        text += QStringLiteral("%1 unused").arg(queueShare());
    else if (m_queues == 1)
        text += QStringLiteral("%1 for the queueing consumer").arg(queueShare());
    else
        text +=
            QStringLiteral("%1 for each of %2 queueing consumers").arg(queueShare()).arg(m_queues);
    if (isOvercommitted())
        text += QStringLiteral(" (overcommitted by %1)").arg(-left());
    return text;
}
