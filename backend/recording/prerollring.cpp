// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "prerollring.h"

#include <algorithm>

void PreRollRing::setLimits(qint64 span, qint64 maxBytes)
{
    m_span = std::max<qint64>(0, span);
    m_maxBytes = maxBytes;
}

void PreRollRing::clear()
{
    m_packets.clear();
    m_bytes = 0;
}

qint64 PreRollRing::span() const
{
    return m_packets.empty() ? 0 : m_packets.back().pts() - m_packets.front().pts();
}

void PreRollRing::push(const EncodedPacket &packet)
{
    if (m_packets.empty() && !packet.isKey())
        return; // a ring starts at a keyframe
    m_packets.push_back(packet);
    m_bytes += packet.size();
    const qint64 newest = packet.pts();
    // The next group's keyframe is old enough on its own: the oldest group
    // is no longer needed.
    for (;;) {
        auto next = std::find_if(m_packets.begin() + 1, m_packets.end(),
                                 [](const EncodedPacket &p) { return p.isKey(); });
        if (next == m_packets.end() || newest - next->pts() < m_span)
            break;
        dropOldestGroup();
    }
    while (m_bytes > m_maxBytes) {
        if (!dropOldestGroup()) {
            clear(); // one group larger than the limit: none kept
            break;
        }
    }
}

bool PreRollRing::dropOldestGroup()
{
    auto next = std::find_if(m_packets.begin() + 1, m_packets.end(),
                             [](const EncodedPacket &p) { return p.isKey(); });
    if (next == m_packets.end())
        return false;
    for (auto it = m_packets.begin(); it != next; ++it)
        m_bytes -= it->size();
    m_packets.erase(m_packets.begin(), next);
    return true;
}
