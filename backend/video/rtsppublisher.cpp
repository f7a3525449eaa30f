// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "rtsppublisher.h"

#include "averror.h"
#include "avlog.h"
#include "system/logging.h"
#include "system/redact.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <QDir>
#include <QFile>
#include <QSet>
#include <QUrl>

#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// Connecting includes DNS, TCP and four RTSP round trips.
constexpr std::chrono::milliseconds ConnectTimeout{5000};
constexpr std::chrono::milliseconds TeardownTimeout{1000};

// Open socket descriptors of this process.
QSet<int> socketDescriptors()
{
    QSet<int> fds;
    const QStringList entries = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System);
    for (const QString &entry : entries) {
        bool ok = false;
        const int fd = entry.toInt(&ok);
        if (ok && QFile::symLinkTarget(QStringLiteral("/proc/self/fd/") + entry)
                      .contains(QLatin1String("socket:")))
            fds.insert(fd);
    }
    return fds;
}

// The server's port: from the URL, else RTSP's (554) or RTSPS's (322) default.
int serverPort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("rtsps") ? 322 : 554);
}

int peerPort(int fd)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getpeername(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return -1;
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<sockaddr_in *>(&address)->sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&address)->sin6_port);
    return -1;
}

} // namespace

RtspPublisher::RtspPublisher() = default;

RtspPublisher::~RtspPublisher()
{
    close();
}

QString RtspPublisher::urlWithCredentials(const QString &url, const QString &user,
                                          const QString &password)
{
    QUrl u(url);
    if (user.isEmpty() || !u.userName().isEmpty())
        return url;
    u.setUserName(user);
    u.setPassword(password);
    return u.toString(QUrl::FullyEncoded);
}

int RtspPublisher::interrupted(void *opaque)
{
    auto *self = static_cast<RtspPublisher *>(opaque);
    // Once given up, libavformat's later writes of the same frame are not
    // waited for either.
    if (self->m_fired)
        return 1;
    if (self->m_honourAbort && self->m_abort && self->m_abort->load()) {
        self->m_fired = true;
        return 1;
    }
    const Clock::rep deadline = self->m_deadline.load();
    if (deadline != 0 && Clock::now().time_since_epoch().count() > deadline) {
        self->m_fired = true;
        return 1;
    }
    // A write waiting for room in a full send buffer: the TCP state tells a
    // cut network or a stopped receiver before the write's deadline.
    if (self->m_watchDuringWrite && self->judgeSocket(false) != StallDetector::Verdict::Fine) {
        self->m_fired = true;
        return 1;
    }
    return 0;
}

void RtspPublisher::armDeadline(std::chrono::milliseconds timeout, bool honourAbort)
{
    m_fired = false;
    m_honourAbort = honourAbort;
    m_deadline = (Clock::now() + timeout).time_since_epoch().count();
}

QString RtspPublisher::describe(int error, bool connecting) const
{
    const QUrl u(m_redactedUrl);
    const QString where = serverAddress();
    if (m_abort && m_abort->load())
        return QStringLiteral("stopped");
    if (m_fired)
        return connecting ? QStringLiteral("no answer from %1 within %2 s (server down or "
                                           "unreachable)")
                                .arg(where)
                                .arg(ConnectTimeout.count() / 1000.0)
                          : QStringLiteral("server %1 stalled: a write made no progress for %2 s")
                                .arg(where)
                                .arg(m_ioTimeout.count() / 1000.0);
    switch (error) {
    case AVERROR(ECONNREFUSED):
        return QStringLiteral("nothing accepts RTSP at %1 (connection refused)").arg(where);
    case AVERROR_HTTP_UNAUTHORIZED:
        return QStringLiteral("%1 refused the credentials (401 Unauthorized): check "
                              "stream/username and stream/password")
            .arg(where);
    case AVERROR_HTTP_FORBIDDEN:
        return QStringLiteral("%1 does not allow publishing to %2 (403 Forbidden)")
            .arg(where, u.path());
    case AVERROR_HTTP_NOT_FOUND:
        return QStringLiteral("%1 has no path %2 (404 Not Found)").arg(where, u.path());
    case AVERROR_HTTP_BAD_REQUEST:
        return QStringLiteral("%1 rejected the stream (400 Bad Request)").arg(where);
    case AVERROR(EPIPE):
    case AVERROR(ECONNRESET):
    case AVERROR_EOF:
        return QStringLiteral("%1 ended the session (%2): another publisher took over the path, "
                              "or the server restarted")
            .arg(where, AvError::text(error));
    case AVERROR(ETIMEDOUT):
        return QStringLiteral("server %1 timed out").arg(where);
    case AVERROR(EHOSTUNREACH):
    case AVERROR(ENETUNREACH):
        return QStringLiteral("%1 is unreachable (%2)").arg(where, AvError::text(error));
    default:
        return QStringLiteral("%1 %2: %3")
            .arg(connecting ? QStringLiteral("cannot publish to") : QStringLiteral("lost"),
                 m_redactedUrl, AvError::text(error));
    }
}

bool RtspPublisher::open(const QString &url, const AVCodecContext *encoder)
{
    close();
    m_redactedUrl = Redact::url(QUrl(url).toString(QUrl::RemoveUserInfo));
    m_bytesSent = 0;
    const QByteArray target = url.toUtf8();
    int ret = avformat_alloc_output_context2(&m_context, nullptr, "rtsp", target.constData());
    if (ret < 0 || !m_context) {
        m_error =
            QStringLiteral("cannot set up RTSP for %1: %2").arg(m_redactedUrl, AvError::text(ret));
        m_context = nullptr;
        return false;
    }
    m_context->interrupt_callback = {&RtspPublisher::interrupted, this};
    m_stream = avformat_new_stream(m_context, nullptr);
    avcodec_parameters_from_context(m_stream->codecpar, encoder);
    m_stream->time_base = encoder->time_base;
    m_encoderTimeBaseNum = encoder->time_base.num;
    m_encoderTimeBaseDen = encoder->time_base.den;

    AVDictionary *options = nullptr;
    av_dict_set(&options, "rtsp_transport", "tcp", 0);
    // Socket I/O timeout in microseconds; the interrupt deadline backs it up.
    av_dict_set_int(&options, "timeout",
                    std::chrono::duration_cast<std::chrono::microseconds>(m_ioTimeout).count(), 0);
    const QSet<int> socketsBefore = socketDescriptors();
    armDeadline(ConnectTimeout);
    {
        // Failures are described once, by describe(), not by FFmpeg too.
        const AvLog::QuietScope quiet;
        ret = avformat_write_header(m_context, &options);
    }
    av_dict_free(&options);
    m_deadline = 0;
    if (ret < 0 || m_fired) {
        m_error = describe(ret, true);
        avformat_free_context(m_context);
        m_context = nullptr;
        m_stream = nullptr;
        return false;
    }
    m_error.clear();
    // The new socket connected to the server's port is the session's.
    m_socket = -1;
    const int port = serverPort(QUrl(m_redactedUrl));
    for (const int fd : socketDescriptors() - socketsBefore) {
        if (peerPort(fd) == port)
            m_socket = fd;
    }
    const QUrl session(url);
    const QString server =
        session.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (server != m_server)
        m_stall.forgetServer();
    m_server = server;
    m_requestUrl = session.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded).toUtf8();
    m_keepaliveSeq = 1000;
    m_lastJudged = Clock::now();
    m_stallError.clear();
    StallDetector::Sample first;
    if (m_socket < 0 || !StallDetector::read(m_socket, Clock::now(), &first)) {
        qCDebug(lcStream) << "RTSP socket not found: stall detection relies on write timeouts";
        m_socket = -1;
        return true;
    }
    // Over TLS (rtsps) the socket carries ciphertext: no keep-alives of ours.
    m_stall.start(first, session.scheme() == QLatin1String("rtsp"), m_expectedRate);
    return true;
}

QString RtspPublisher::serverAddress() const
{
    const QUrl u(m_redactedUrl);
    return QStringLiteral("%1:%2").arg(u.host()).arg(serverPort(u));
}

bool RtspPublisher::sendKeepalive(const StallDetector::Sample &before)
{
    // Written between two of libavformat's packets, so it never splits one;
    // libavformat reads (and drops) the answer before its next packet. No
    // room in the send buffer: the next packet tries again (and the detector
    // has the TCP state meanwhile).
    pollfd writable{m_socket, POLLOUT, 0};
    if (::poll(&writable, 1, 0) != 1 || !(writable.revents & POLLOUT))
        return true;
    const QByteArray request = "OPTIONS " + m_requestUrl +
                               " RTSP/1.0\r\nCSeq: " + QByteArray::number(++m_keepaliveSeq) +
                               "\r\nUser-Agent: picam-kiosk\r\n\r\n";
    armDeadline(m_ioTimeout);
    m_watchDuringWrite = true;
    qsizetype written = 0;
    while (written < request.size()) {
        const ssize_t n = ::send(m_socket, request.constData() + written,
                                 size_t(request.size() - written), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            written += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            const int error = errno;
            m_watchDuringWrite = false;
            m_deadline = 0;
            m_error = describe(AVERROR(error), false);
            return false;
        }
        if (interrupted(this)) {
            m_watchDuringWrite = false;
            m_deadline = 0;
            m_error = writeFailure(0);
            return false;
        }
        pollfd p{m_socket, POLLOUT, 0};
        ::poll(&p, 1, 100);
    }
    m_watchDuringWrite = false;
    m_deadline = 0;
    m_stall.keepaliveSent(before, quint64(request.size()));
    return true;
}

StallDetector::Verdict RtspPublisher::judgeSocket(bool everySample)
{
    if (m_socket < 0)
        return StallDetector::Verdict::Fine;
    const auto now = Clock::now();
    // Inside libavformat's write loop, a look every 100 ms is enough.
    if (!everySample && now - m_lastJudged < std::chrono::milliseconds(100))
        return StallDetector::Verdict::Fine;
    m_lastJudged = now;
    if (!StallDetector::read(m_socket, now, &m_lastSample))
        return StallDetector::Verdict::Fine;
    const bool keepalives = m_stall.keepalivesEnabled();
    const bool trusted = m_stall.serverTrusted();
    const StallDetector::Verdict verdict = m_stall.update(m_lastSample);
    if (!trusted && m_stall.serverTrusted())
        qCDebug(lcStream).noquote() << serverAddress() << "answers RTSP keep-alives";
    if (keepalives && !m_stall.keepalivesEnabled())
        qCInfo(lcStream).noquote()
            << serverAddress()
            << "did not answer an RTSP keep-alive (OPTIONS): this session's stall detection "
               "relies on TCP alone";
    if (verdict != StallDetector::Verdict::Fine)
        m_stallError = stallMessage(verdict, m_stall.duration());
    return verdict;
}

QString RtspPublisher::stallMessage(StallDetector::Verdict verdict,
                                    std::chrono::milliseconds lasted) const
{
    const QString seconds = QString::number(std::chrono::duration<double>(lasted).count(), 'f', 1);
    switch (verdict) {
    case StallDetector::Verdict::Fine:
        break;
    case StallDetector::Verdict::ReceiverStopped:
        return QStringLiteral("stalled: the receiver at %1 stopped reading for %2 s")
            .arg(serverAddress(), seconds);
    case StallDetector::Verdict::NoAcknowledgement:
        return QStringLiteral("network: no acknowledgement from %1 for %2 s")
            .arg(serverAddress(), seconds);
    case StallDetector::Verdict::NetworkTooSlow:
        return QStringLiteral("network too slow: %1 KB waiting to reach %2 for %3 s")
            .arg(m_stall.backlog() / 1024)
            .arg(serverAddress(), seconds);
    }
    return QString();
}

QString RtspPublisher::writeFailure(int error)
{
    const bool stopping = m_abort && m_abort->load();
    m_stalled = !stopping && (m_fired || !m_stallError.isEmpty());
    if (!m_stallError.isEmpty())
        return m_stallError;
    // The write deadline passed before any of the detector's limits: the TCP
    // state still tells why the send buffer stayed full.
    StallDetector::Sample sample;
    if (m_fired && !stopping && m_socket >= 0 &&
        StallDetector::read(m_socket, Clock::now(), &sample)) {
        const StallDetector::Verdict verdict = m_stall.update(sample);
        if (verdict != StallDetector::Verdict::Fine)
            return stallMessage(verdict, m_stall.duration());
        return stallMessage(m_stall.cause(sample), m_ioTimeout);
    }
    return describe(error, false);
}

bool RtspPublisher::checkProgress()
{
    if (judgeSocket(true) != StallDetector::Verdict::Fine) {
        m_stalled = true;
        m_error = m_stallError;
        return false;
    }
    if (m_socket >= 0 && m_stall.keepaliveDue(m_lastSample.at))
        return sendKeepalive(m_lastSample);
    return true;
}

bool RtspPublisher::write(AVPacket *packet)
{
    if (!m_context)
        return false;
    packet->stream_index = 0;
    av_packet_rescale_ts(packet, AVRational{m_encoderTimeBaseNum, m_encoderTimeBaseDen},
                         m_stream->time_base);
    const int size = packet->size;
    m_stallError.clear();
    armDeadline(m_ioTimeout);
    m_watchDuringWrite = true;
    const int ret = av_write_frame(m_context, packet);
    m_watchDuringWrite = false;
    m_deadline = 0;
    // libavformat's TCP packet writer ignores errors: a write that returns 0
    // after the deadline fired did not reach the server.
    if (ret < 0 || m_fired) {
        m_error = writeFailure(ret);
        return false;
    }
    m_bytesSent += quint64(size);
    return checkProgress();
}

void RtspPublisher::close()
{
    if (!m_context)
        return;
    // TEARDOWN even while the program stops, but never for long, and not
    // at all into a send buffer that a stalled server stopped emptying (it
    // would only hold up the retry).
    armDeadline(m_stalled ? std::chrono::milliseconds(0) : TeardownTimeout, false);
    av_write_trailer(m_context);
    m_deadline = 0;
    avformat_free_context(m_context);
    m_context = nullptr;
    m_stream = nullptr;
    m_socket = -1;
    m_stalled = false;
}
