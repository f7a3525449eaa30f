// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

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
// otherwise hold a write for half a minute and then report success.
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
    // Bytes per second the stream is expected to need (sizes the stall check).
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
    bool checkBacklog();

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
    // The session's TCP socket (libavformat keeps it private), to watch the
    // bytes the server has not taken yet; -1 when not found.
    int m_socket = -1;
    qint64 m_expectedRate = 125000;
    Clock::time_point m_lastDrained{};
};
