// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "h264encoder.h"

#include "averror.h"
#include "avlog.h"
#include "h264bitstream.h"
#include "system/logging.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/frame.h>
#include <libavutil/opt.h>
#include <libavutil/version.h>
}

#include <cmath>

H264Encoder::H264Encoder() = default;

H264Encoder::~H264Encoder()
{
    close();
}

int H264Encoder::gopSize() const
{
    return qMax(1, int(std::lround(m_config.keyframeInterval * m_config.fps)));
}

bool H264Encoder::open(const Config &config)
{
    close();
    m_config = config;
    if (config.encoder == QLatin1String("auto")) {
        bool hardware = false;
        {
            const AvLog::QuietScope quiet;
            hardware = openCodec(QStringLiteral("h264_v4l2m2m"));
        }
        if (hardware) {
            qCInfo(lcStream) << "encoder: h264_v4l2m2m (hardware encoder opened)";
            return true;
        }
        qCInfo(lcStream).noquote()
            << QStringLiteral("encoder: libx264 (hardware encoder unavailable: %1)").arg(m_error);
        return openCodec(QStringLiteral("libx264"));
    }
    return openCodec(config.encoder);
}

bool H264Encoder::openCodec(const QString &name)
{
    close();
    const AVCodec *codec = avcodec_find_encoder_by_name(name.toLatin1().constData());
    if (!codec) {
        m_error = QStringLiteral("this FFmpeg has no %1 encoder").arg(name);
        return false;
    }
    m_context = avcodec_alloc_context3(codec);
    AVCodecContext *c = m_context;
    c->width = m_config.width;
    c->height = m_config.height;
    c->pix_fmt = AV_PIX_FMT_YUV420P;
    c->time_base = AVRational{1, m_config.fps};
    c->framerate = AVRational{m_config.fps, 1};
    c->gop_size = gopSize();
    c->max_b_frames = 0;
    c->bit_rate = m_config.bitrate;
    // A one-second VBV keeps the average near the target without starving
    // keyframes.
    c->rc_max_rate = m_config.bitrate;
    c->rc_buffer_size = m_config.bitrate;
    c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    c->profile = FF_PROFILE_H264_CONSTRAINED_BASELINE;
    c->color_range = AVCOL_RANGE_MPEG;
    // As many threads as cores (zerolatency makes them slice threads, which
    // add no delay): a Pi 4 cannot do 720p30 on one core.
    c->thread_count = 0;
    if (name == QLatin1String("libx264")) {
        av_opt_set(c->priv_data, "preset", "ultrafast", 0);
        av_opt_set(c->priv_data, "tune", "zerolatency", 0);
        av_opt_set(c->priv_data, "profile", "baseline", 0);
        av_opt_set(c->priv_data, "forced-idr", "1", 0);
        // GLOBAL_HEADER alone turns in-band headers off; new viewers need
        // them before every keyframe.
        av_opt_set(c->priv_data, "x264-params", "repeat-headers=1", 0);
    }
    const int ret = avcodec_open2(c, codec, nullptr);
    if (ret < 0) {
        m_error = QStringLiteral("%1 did not open: %2").arg(name, AvError::text(ret));
        avcodec_free_context(&m_context);
        return false;
    }
    m_name = name;
    m_packet = av_packet_alloc();
    m_firstTimestampNs = -1;
    m_captureTimes.clear();
    m_lastPts = -1;
    return true;
}

void H264Encoder::close()
{
    avcodec_free_context(&m_context);
    av_packet_free(&m_packet);
}

QString H264Encoder::description() const
{
    return QStringLiteral("%1 %2x%3 at %4 fps, %5 kbit/s, keyframe every %6 frames")
        .arg(m_name)
        .arg(m_config.width)
        .arg(m_config.height)
        .arg(m_config.fps)
        .arg(m_config.bitrate / 1000)
        .arg(gopSize());
}

QByteArray H264Encoder::parameterSets() const
{
    if (!m_context || !m_context->extradata)
        return {};
    return QByteArray(reinterpret_cast<const char *>(m_context->extradata),
                      m_context->extradata_size);
}

bool H264Encoder::encode(const Frame &frame, bool forceKeyframe, const PacketSink &sink)
{
    if (!m_context)
        return false;
    if (frame.width() != m_config.width || frame.height() != m_config.height) {
        m_error = QStringLiteral("frame size %1x%2 differs from the encoder's %3x%4")
                      .arg(frame.width())
                      .arg(frame.height())
                      .arg(m_config.width)
                      .arg(m_config.height);
        return false;
    }
    AVFrame *av = av_frame_alloc();
    av->format = AV_PIX_FMT_YUV420P;
    av->width = frame.width();
    av->height = frame.height();
    // The encoder reads the frame's own pixels: the AVFrame's buffer only
    // holds a copy of the Frame handle, released when the encoder is done.
    auto *handle = new Frame(frame);
    av->buf[0] = av_buffer_create(
        const_cast<uint8_t *>(frame.plane(0)), 1,
        [](void *opaque, uint8_t *) { delete static_cast<Frame *>(opaque); }, handle,
        AV_BUFFER_FLAG_READONLY);
    for (int i = 0; i < Frame::PlaneCount; ++i) {
        av->data[i] = const_cast<uint8_t *>(frame.plane(i));
        av->linesize[i] = frame.stride(i);
    }
    // Presentation time from the capture clock, in frame periods, so dropped
    // frames leave gaps instead of slowing the stream down.
    if (m_firstTimestampNs < 0)
        m_firstTimestampNs = frame.timestampNs();
    qint64 pts =
        std::llround(double(frame.timestampNs() - m_firstTimestampNs) * m_config.fps / 1e9);
    if (pts <= m_lastPts)
        pts = m_lastPts + 1;
    m_lastPts = pts;
    av->pts = pts;
    m_captureTimes.emplace_back(pts, frame.timestampNs());
    if (m_captureTimes.size() > 32)
        m_captureTimes.pop_front();
    if (forceKeyframe) {
        av->pict_type = AV_PICTURE_TYPE_I;
#if LIBAVUTIL_VERSION_INT >= AV_VERSION_INT(58, 7, 100)
        av->flags |= AV_FRAME_FLAG_KEY; // FFmpeg 6.1 and later
#else
        av->key_frame = 1;
#endif
    }
    int ret = avcodec_send_frame(m_context, av);
    av_frame_free(&av);
    if (ret < 0) {
        m_error = QStringLiteral("%1 refused a frame: %2").arg(m_name, AvError::text(ret));
        return false;
    }
    const QByteArray headers = parameterSets();
    while ((ret = avcodec_receive_packet(m_context, m_packet)) >= 0) {
        // Encoders that cannot repeat SPS/PPS themselves get them prepended.
        if ((m_packet->flags & AV_PKT_FLAG_KEY) && !headers.isEmpty() &&
            !H264Bitstream::contains(m_packet->data, m_packet->size, H264Bitstream::Sps)) {
            AVPacket *with = av_packet_alloc();
            av_new_packet(with, headers.size() + m_packet->size);
            memcpy(with->data, headers.constData(), headers.size());
            memcpy(with->data + headers.size(), m_packet->data, m_packet->size);
            av_packet_copy_props(with, m_packet);
            av_packet_unref(m_packet);
            av_packet_move_ref(m_packet, with);
            av_packet_free(&with);
        }
        const bool more = sink(m_packet);
        av_packet_unref(m_packet);
        if (!more)
            return true;
    }
    if (ret != AVERROR(EAGAIN) && ret != AVERROR_EOF) {
        m_error = QStringLiteral("%1 failed: %2").arg(m_name, AvError::text(ret));
        return false;
    }
    return true;
}

qint64 H264Encoder::captureTimestampNs(const AVPacket *packet) const
{
    for (const auto &[pts, ns] : m_captureTimes) {
        if (pts == packet->pts)
            return ns;
    }
    return 0;
}
