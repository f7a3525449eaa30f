// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QtGlobal>

#include <chrono>

// Tells, within a few seconds and whatever the kernels' buffer sizes, that the
// receiver of an RTSP session stopped reading or that the network stopped
// delivering, from two signals:
// - RTSP keep-alives (an OPTIONS request once a second, written by the
//   publisher between packets): the server's TCP acknowledges the request,
//   but only a server that reads its socket answers it. A receiver whose
//   kernel still has megabytes of buffer free keeps acknowledging (and even
//   opening its window) long after its application stopped; the unanswered
//   request shows the stop at once.
// - The session socket's TCP state (TCP_INFO): data in flight that nobody
//   acknowledges means the network is cut; a receive window that stays
//   closed means the receiver's buffer is full.
// Pure logic: the publisher feeds it samples, so tests can feed their own.
class StallDetector
{
public:
    using Clock = std::chrono::steady_clock;

    struct Sample
    {
        Clock::time_point at;
        quint64 acked = 0;    // bytes the receiver's TCP acknowledged, in total
        quint64 received = 0; // bytes the server sent us, in total
        quint64 queued = 0;   // written to the socket and not acknowledged yet
        quint32 inFlight = 0; // segments sent and not acknowledged yet
        quint32 window = 0;   // the receiver's advertised window, in bytes
        quint32 mss = 0;
        bool windowKnown = false; // Linux 5.4 and later tell the window
    };

    enum class Verdict {
        Fine,
        ReceiverStopped,   // a request went unanswered, or the window stayed closed
        NoAcknowledgement, // data in flight and nothing acknowledged
        NetworkTooSlow,    // more than a second of stream waits while the window is open
    };

    // How long a condition may last before it is a stall.
    static constexpr std::chrono::milliseconds Limit{2500};
    static constexpr std::chrono::milliseconds KeepaliveInterval{1000};
    // Answers in a row before unanswered requests count as a stall: a server
    // that only sends now and then (RTCP) must not pass for one that answers.
    static constexpr int AnswersToTrust = 3;

    // Reads the TCP state of a connected socket; false if the kernel does not
    // tell (not TCP, or older than Linux 4.1).
    static bool read(int socket, Clock::time_point at, Sample *sample);

    // A new session. keepalives: the publisher can write requests on this
    // session's socket. Trust in the server's answers outlives sessions.
    void start(const Sample &first, bool keepalives, qint64 bytesPerSecond);
    // The server changed: its answers have to earn trust again.
    void forgetServer() { m_trusted = false; }

    // A keep-alive should be written now.
    bool keepaliveDue(Clock::time_point now) const;
    // One was written: before is the sample taken just before writing it,
    // bytes its length.
    void keepaliveSent(const Sample &before, quint64 bytes);
    // Keep-alives are in use this session (false once the server left one
    // unanswered before it was trusted: it may not answer during RECORD).
    bool keepalivesEnabled() const { return m_keepalives; }
    bool serverTrusted() const { return m_trusted; }

    Verdict update(const Sample &sample);
    // The likeliest cause, after update() found none yet, of writes that can
    // make no progress (the send buffer stayed full past the write deadline).
    Verdict cause(const Sample &sample) const;
    // How long the condition behind the last verdict has lasted.
    std::chrono::milliseconds duration() const { return m_duration; }
    // Bytes waiting at the last sample.
    quint64 backlog() const { return m_backlog; }

private:
    bool m_keepalives = false;
    bool m_trusted = false;
    int m_answered = 0; // in a row, while not trusted yet
    bool m_outstanding = false;
    Clock::time_point m_sentAt{};
    quint64 m_requestEnd = 0; // acked reaches this once the server's TCP has it
    quint64 m_receivedBefore = 0;
    bool m_delivered = false;
    Clock::time_point m_deliveredAt{};

    quint64 m_lastAcked = 0;
    Clock::time_point m_ackProgressAt{};
    Clock::time_point m_windowOpenAt{};
    Clock::time_point m_backlogOkAt{};
    quint64 m_backlogLimit = 64 * 1024;
    quint64 m_backlog = 0;
    std::chrono::milliseconds m_duration{0};
};
