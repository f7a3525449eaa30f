// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "encodedpacket.h"

#include <deque>

// The last seconds of the encoded stream, so that a clip can start before
// the event that opened it. It always starts at a keyframe (a clip must),
// and keeps the newest keyframe at least `span` before the newest packet:
// the pre-roll is between span and span + one keyframe interval long. It is
// bounded in bytes too (a burst of detail must not eat the memory): over the
// limit, whole groups of pictures go, oldest first.
class PreRollRing
{
public:
    // span in ticks of the packets' time base.
    void setLimits(qint64 span, qint64 maxBytes);
    void push(const EncodedPacket &packet);
    void clear();

    // Oldest first; the first is a keyframe (or there are none).
    const std::deque<EncodedPacket> &packets() const { return m_packets; }
    qint64 bytes() const { return m_bytes; }
    // From the first packet's pts to the last one's.
    qint64 span() const;

private:
    // Drops the oldest group of pictures; false when there is only one.
    bool dropOldestGroup();

    std::deque<EncodedPacket> m_packets;
    qint64 m_bytes = 0;
    qint64 m_span = 0;
    qint64 m_maxBytes = 0;
};
