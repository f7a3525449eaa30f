// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "stalldetector.h"

#include <QString>

#include <atomic>
#include <chrono>

struct AVCodecContext;
struct AVFormatContext;
struct AVPacket;
struct AVStream;

// One RTSP publishing session over TCP (ANNOUNCE/SETUP/RECORD, then
// interleaved RTP) through libavformat. Every blocking call runs under a
// deadline enforced by an interrupt callback, because a stalled server can
// otherwise hold a write for half a minute and then report success. A
// receiver that stops reading, or a network that stops delivering, is told
// by a StallDetector from the session socket's TCP state and from RTSP
// keep-alives the publisher writes between packets.
class RtspPublisher
{
public:
    using Clock = std::chrono::steady_clock;

    RtspPublisher();
    ~RtspPublisher();
    RtspPublisher(const RtspPublisher &) = delete;
    RtspPublisher &operator=(const RtspPublisher &) = delete;

    // Aborts any blocking call at once while *flag is true (program stopping).
    void setAbortFlag(const std::atomic_bool *flag) { m_abort = flag; }
    void setIoTimeout(std::chrono::milliseconds timeout) { m_ioTimeout = timeout; }
    // Bytes per second the stream is expected to need (sizes the backlog check).
    void setExpectedRate(qint64 bytesPerSecond) { m_expectedRate = bytesPerSecond; }

    // url may hold credentials; they are never logged or put in error().
    bool open(const QString &url, const AVCodecContext *encoder);
    // Writes one encoded packet (timestamps in the encoder's time base).
    bool write(AVPacket *packet);
    // Ends the session (TEARDOWN, best effort, bounded) and frees it.
    void close();
    bool isOpen() const { return m_context != nullptr; }

    QString error() const { return m_error; }
    quint64 bytesSent() const { return m_bytesSent; }

    // Adds user and password to an rtsp:// URL unless it carries its own.
    static QString urlWithCredentials(const QString &url, const QString &user,
                                      const QString &password);

private:
    static int interrupted(void *opaque);
    void armDeadline(std::chrono::milliseconds timeout, bool honourAbort = true);
    QString describe(int error, bool connecting) const;
    QString serverAddress() const;
    // Samples the socket and asks the detector; sets m_stallError on a stall.
    StallDetector::Verdict judgeSocket(bool everySample);
    QString stallMessage(StallDetector::Verdict verdict, std::chrono::milliseconds lasted) const;
    // The message for a write that failed or ran past its deadline.
    QString writeFailure(int error);
    bool checkProgress();
    bool sendKeepalive(const StallDetector::Sample &before);

    AVFormatContext *m_context = nullptr;
    AVStream *m_stream = nullptr;
    int m_encoderTimeBaseNum = 1;
    int m_encoderTimeBaseDen = 30;
    const std::atomic_bool *m_abort = nullptr;
    std::chrono::milliseconds m_ioTimeout{2500};
    std::atomic<Clock::rep> m_deadline{0};
    std::atomic_bool m_honourAbort{true};
    std::atomic_bool m_fired{false};
    QString m_redactedUrl;
    QString m_error;
    quint64 m_bytesSent = 0;
    // The session's TCP socket (libavformat keeps it private), to watch its
    // TCP state and to write keep-alives; -1 when not found.
    int m_socket = -1;
    qint64 m_expectedRate = 125000;
    StallDetector m_stall;
    StallDetector::Sample m_lastSample;
    Clock::time_point m_lastJudged{};
    bool m_watchDuringWrite = false;
    bool m_stalled = false; // the session ended on a stall: no TEARDOWN wait
    QString m_stallError;
    QString m_server; // scheme, host, port and path of the last session
    QByteArray m_requestUrl;
    int m_keepaliveSeq = 0;
};
