#include "rtsppublisher.h"

#include "averror.h"
#include "system/logging.h"
#include "system/redact.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <QUrl>

namespace {
// Connecting includes DNS, TCP and four RTSP round trips.
constexpr std::chrono::milliseconds ConnectTimeout{5000};
constexpr std::chrono::milliseconds TeardownTimeout{1000};
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
    if (self->m_honourAbort && self->m_abort && self->m_abort->load()) {
        self->m_fired = true;
        return 1;
    }
    const Clock::rep deadline = self->m_deadline.load();
    if (deadline != 0 && Clock::now().time_since_epoch().count() > deadline) {
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
    const QString where = QStringLiteral("%1:%2").arg(u.host()).arg(u.port(554));
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
    armDeadline(ConnectTimeout);
    ret = avformat_write_header(m_context, &options);
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
    armDeadline(m_ioTimeout);
    const int ret = av_write_frame(m_context, packet);
    m_deadline = 0;
    // libavformat's TCP packet writer ignores errors: a write that returns 0
    // after the deadline fired did not reach the server.
    if (ret < 0 || m_fired) {
        m_error = describe(ret, false);
        return false;
    }
    m_bytesSent += quint64(size);
    return true;
}

void RtspPublisher::close()
{
    if (!m_context)
        return;
    // TEARDOWN even while the program stops, but never for long.
    armDeadline(TeardownTimeout, false);
    av_write_trailer(m_context);
    m_deadline = 0;
    avformat_free_context(m_context);
    m_context = nullptr;
    m_stream = nullptr;
}
