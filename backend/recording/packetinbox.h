// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "encodedpacket.h"
#include "video/packettap.h"

#include <QMutex>
#include <QPointer>

#include <atomic>
#include <deque>
#include <functional>

class QObject;

// Where the stream encoder leaves its packets for the recorder: a bounded
// queue (packets and bytes). Pushing never waits for the recorder: when the
// disk is slow and the queue is full, the new packet is dropped and counted,
// and so is every packet up to the next keyframe (a clip cannot skip one
// packet; it can skip a whole group of pictures). The receiver is woken with a queued call on its
// own thread when the queue stops being empty, so the stream thread never runs its code.
//
// Lives longer than the stream worker and the recorder (the program's main()
// owns it), so neither has to outlive the other.
class PacketInbox : public PacketTap
{
public:
    explicit PacketInbox(int maxPackets = 600, qint64 maxBytes = qint64(32) << 20);

    // Starts delivering to receiver (whose thread runs wake) or, with a null
    // receiver, stops: packets are then ignored and the queue emptied.
    void setReceiver(QObject *receiver, std::function<void()> wake);

    bool wantsPackets() const override { return m_active; }
    void encoderOpened(const AVCodecContext *context) override;
    void packetEncoded(const AVPacket *packet) override;

    // Everything queued, oldest first; the receiver's thread.
    std::deque<EncodedPacket> takeAll();
    quint64 dropped() const { return m_dropped; }
    quint64 received() const { return m_received; }

private:
    const int m_maxPackets;
    const qint64 m_maxBytes;
    QMutex m_mutex;
    QPointer<QObject> m_receiver;
    std::function<void()> m_wake;
    std::shared_ptr<const StreamFormat> m_format;
    std::deque<EncodedPacket> m_queue;
    qint64 m_bytes = 0;
    bool m_waitForKey = true;
    std::atomic_bool m_active{false};
    std::atomic<quint64> m_dropped{0};
    std::atomic<quint64> m_received{0};
};
