// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "packetinbox.h"

#include <QMetaObject>

PacketInbox::PacketInbox(int maxPackets, qint64 maxBytes)
    : m_maxPackets(maxPackets)
    , m_maxBytes(maxBytes)
{}

void PacketInbox::setReceiver(QObject *receiver, std::function<void()> wake)
{
    QMutexLocker lock(&m_mutex);
    m_receiver = receiver;
    m_wake = receiver ? std::move(wake) : std::function<void()>();
    m_queue.clear();
    m_bytes = 0;
    m_waitForKey = true;
    m_active = receiver != nullptr;
}

void PacketInbox::encoderOpened(const AVCodecContext *context)
{
    // Kept even while nobody receives: a recorder starting later needs it.
    auto format = StreamFormat::of(context);
    QMutexLocker lock(&m_mutex);
    m_format = std::move(format);
}

void PacketInbox::packetEncoded(const AVPacket *packet)
{
    if (!m_active.load(std::memory_order_relaxed))
        return;
    std::shared_ptr<const StreamFormat> format;
    {
        QMutexLocker lock(&m_mutex);
        format = m_format;
    }
    if (!format)
        return;
    // The reference is taken outside the lock; it only counts a buffer.
    EncodedPacket p = EncodedPacket::reference(packet, std::move(format));
    if (p.isNull())
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_receiver)
        return;
    ++m_received;
    // After a drop the packets up to the next keyframe are useless (they
    // refer to the one lost): dropped too, so the queue never holds a
    // broken chain.
    if (m_waitForKey && !p.isKey()) {
        ++m_dropped;
        return;
    }
    if (int(m_queue.size()) >= m_maxPackets || m_bytes + p.size() > m_maxBytes) {
        ++m_dropped;
        m_waitForKey = true;
        return;
    }
    m_waitForKey = false;
    const bool wasEmpty = m_queue.empty();
    m_bytes += p.size();
    m_queue.push_back(std::move(p));
    if (wasEmpty)
        QMetaObject::invokeMethod(m_receiver.data(), m_wake, Qt::QueuedConnection);
}

std::deque<EncodedPacket> PacketInbox::takeAll()
{
    QMutexLocker lock(&m_mutex);
    std::deque<EncodedPacket> out;
    out.swap(m_queue);
    m_bytes = 0;
    return out;
}
