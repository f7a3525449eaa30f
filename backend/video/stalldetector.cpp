// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "stalldetector.h"

#include <cstddef>
#include <linux/sockios.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

using namespace std::chrono;

namespace {

template<typename T> milliseconds since(T then, T now)
{
    return duration_cast<milliseconds>(now - then);
}

} // namespace

bool StallDetector::read(int socket, Clock::time_point at, Sample *sample)
{
    tcp_info info{};
    socklen_t length = sizeof info;
    if (getsockopt(socket, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return false;
    // Older kernels fill a shorter struct: take only what they filled.
    const auto has = [length](std::size_t offset, std::size_t size) {
        return std::size_t(length) >= offset + size;
    };
    if (!has(offsetof(tcp_info, tcpi_bytes_received), sizeof info.tcpi_bytes_received))
        return false;
    int queued = 0;
    if (ioctl(socket, SIOCOUTQ, &queued) != 0)
        return false;
    sample->at = at;
    sample->acked = info.tcpi_bytes_acked;
    sample->received = info.tcpi_bytes_received;
    sample->queued = quint64(qMax(queued, 0));
    sample->inFlight = info.tcpi_unacked;
    sample->mss = info.tcpi_snd_mss;
    sample->windowKnown = has(offsetof(tcp_info, tcpi_snd_wnd), sizeof info.tcpi_snd_wnd);
    sample->window = sample->windowKnown ? info.tcpi_snd_wnd : 0;
    return true;
}

void StallDetector::start(const Sample &first, bool keepalives, qint64 bytesPerSecond)
{
    m_keepalives = keepalives;
    m_answered = 0;
    m_outstanding = false;
    m_delivered = false;
    // The first keep-alive goes out one interval into the session.
    m_sentAt = first.at;
    m_lastAcked = first.acked;
    m_ackProgressAt = first.at;
    m_windowOpenAt = first.at;
    m_backlogOkAt = first.at;
    m_backlogLimit = quint64(qMax<qint64>(64 * 1024, bytesPerSecond));
    m_backlog = first.queued;
    m_duration = milliseconds(0);
}

bool StallDetector::keepaliveDue(Clock::time_point now) const
{
    return m_keepalives && !m_outstanding && now - m_sentAt >= KeepaliveInterval;
}

void StallDetector::keepaliveSent(const Sample &before, quint64 bytes)
{
    m_outstanding = true;
    m_sentAt = before.at;
    m_requestEnd = before.acked + before.queued + bytes;
    m_receivedBefore = before.received;
    m_delivered = false;
}

StallDetector::Verdict StallDetector::update(const Sample &sample)
{
    const auto now = sample.at;
    m_backlog = sample.queued;

    // The network: data in flight, and nothing acknowledged.
    if (sample.acked != m_lastAcked || sample.inFlight == 0) {
        m_lastAcked = sample.acked;
        m_ackProgressAt = now;
    }
    const milliseconds silent = since(m_ackProgressAt, now);
    if (silent >= Limit) {
        m_duration = silent;
        return Verdict::NoAcknowledgement;
    }
    // Acknowledgements arrived lately: what follows is the receiver's doing.
    const bool peerAlive = silent < milliseconds(1000);

    // The keep-alive: delivered to the server's TCP, then answered.
    if (m_outstanding) {
        if (sample.received > m_receivedBefore) {
            m_outstanding = false;
            if (!m_trusted && ++m_answered >= AnswersToTrust)
                m_trusted = true;
        } else if (!m_delivered && sample.acked >= m_requestEnd) {
            m_delivered = true;
            m_deliveredAt = now;
        }
    }
    if (m_outstanding && m_delivered && since(m_deliveredAt, now) >= Limit) {
        if (!m_trusted) {
            // Perhaps it never answers during RECORD: rely on TCP alone.
            m_keepalives = false;
            m_outstanding = false;
        } else if (peerAlive) {
            m_duration = since(m_deliveredAt, now);
            return Verdict::ReceiverStopped;
        }
    }

    // The receiver's buffer is full: its window stays closed while we wait.
    const bool windowClosed =
        sample.windowKnown && sample.window < qMax<quint32>(sample.mss, 1) && sample.queued > 0;
    if (!windowClosed)
        m_windowOpenAt = now;
    if (since(m_windowOpenAt, now) >= Limit) {
        m_duration = since(m_windowOpenAt, now);
        return Verdict::ReceiverStopped;
    }

    // The network carries less than the stream: the queue keeps growing
    // while the receiver would take it.
    if (sample.queued <= m_backlogLimit || windowClosed)
        m_backlogOkAt = now;
    if (since(m_backlogOkAt, now) >= Limit) {
        m_duration = since(m_backlogOkAt, now);
        return Verdict::NetworkTooSlow;
    }
    m_duration = milliseconds(0);
    return Verdict::Fine;
}

StallDetector::Verdict StallDetector::cause(const Sample &sample) const
{
    if (sample.windowKnown && sample.window < qMax<quint32>(sample.mss, 1))
        return Verdict::ReceiverStopped;
    if (m_outstanding && m_delivered && m_trusted &&
        since(m_deliveredAt, sample.at) >= milliseconds(1000))
        return Verdict::ReceiverStopped;
    if (sample.inFlight > 0 && since(m_ackProgressAt, sample.at) >= milliseconds(1000))
        return Verdict::NoAcknowledgement;
    return Verdict::NetworkTooSlow;
}
