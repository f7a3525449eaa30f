// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "avreceiver.h"

#include "video/averror.h"
#include "video/frame.h"
#include "video/timecode.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

AvReceiver::AvReceiver(quint16 port)
    : m_port(port)
    , m_thread([this] { run(); })
{}

AvReceiver::~AvReceiver()
{
    m_stop = true;
    m_thread.join();
}

TimeCodeTally AvReceiver::tally() const
{
    QMutexLocker lock(&m_mutex);
    return m_tally;
}

QList<double> AvReceiver::demuxed() const
{
    QMutexLocker lock(&m_mutex);
    return m_demuxed;
}

QString AvReceiver::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void AvReceiver::fail(const QString &what)
{
    QMutexLocker lock(&m_mutex);
    if (m_error.isEmpty())
        m_error = what;
}

void AvReceiver::run()
{
    AVFormatContext *format = avformat_alloc_context();
    format->interrupt_callback.callback = [](void *self) {
        return static_cast<AvReceiver *>(self)->m_stop ? 1 : 0;
    };
    format->interrupt_callback.opaque = this;
    format->flags |= AVFMT_FLAG_NOBUFFER;
    AVDictionary *options = nullptr;
    av_dict_set(&options, "rtsp_flags", "listen", 0);
    const QByteArray url = QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(m_port).toUtf8();
    int ret = avformat_open_input(&format, url.constData(), nullptr, &options);
    av_dict_free(&options);
    if (ret < 0) {
        if (!m_stop)
            fail(QStringLiteral("listening: %1").arg(AvError::text(ret)));
        return; // avformat_open_input freed the context
    }
    // No avformat_find_stream_info(): it would hold the first pictures back.
    const int video = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const AVCodec *codec = avcodec_find_decoder(AV_CODEC_ID_H264);
    AVCodecContext *decoder = avcodec_alloc_context3(codec);
    AVPacket *packet = av_packet_alloc();
    AVFrame *picture = av_frame_alloc();
    if (video < 0 || avcodec_parameters_to_context(decoder, format->streams[video]->codecpar) < 0) {
        fail(QStringLiteral("no video stream in the session"));
        m_stop = true;
    } else {
        // One thread: frame threads hold pictures back by design.
        decoder->thread_count = 1;
        decoder->flags |= AV_CODEC_FLAG_LOW_DELAY;
        if ((ret = avcodec_open2(decoder, codec, nullptr)) < 0) {
            fail(QStringLiteral("decoder: %1").arg(AvError::text(ret)));
            m_stop = true;
        }
    }
    // When each picture's packet came out of the demuxer, by its pts.
    QHash<qint64, qint64> demuxedAt;
    while (!m_stop && av_read_frame(format, packet) >= 0) {
        if (packet->stream_index == video)
            demuxedAt.insert(packet->pts, Frame::monotonicNowNs() / 1000000);
        if (packet->stream_index == video && avcodec_send_packet(decoder, packet) >= 0) {
            while (avcodec_receive_frame(decoder, picture) >= 0) {
                const qint64 now = Frame::monotonicNowNs() / 1000000;
                const qint64 packetAt = demuxedAt.take(picture->pts);
                const auto code = TimeCode::read(picture->data[0], picture->linesize[0],
                                                 picture->width, picture->height);
                av_frame_unref(picture);
                if (!m_counting)
                    continue;
                QMutexLocker lock(&m_mutex);
                m_tally.add(now, code);
                if (code && packetAt > 0)
                    m_demuxed << TimeCodeTally::ageMs(packetAt, *code);
            }
        }
        av_packet_unref(packet);
    }
    av_frame_free(&picture);
    av_packet_free(&packet);
    avcodec_free_context(&decoder);
    avformat_close_input(&format);
}
