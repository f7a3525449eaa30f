// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "clipwriter.h"

#include "video/averror.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/mem.h>
}

#include <QFile>

#include <cstring>

ClipWriter::~ClipWriter()
{
    close();
}

bool ClipWriter::open(const QString &path, const StreamFormat &format)
{
    close();
    m_path = path;
    m_error.clear();
    m_failed = false;
    m_firstPts = -1;
    m_lastPts = -1;
    m_packets = 0;
    m_bytes = 0;
    m_timeBaseNum = format.timeBaseNum;
    m_timeBaseDen = format.timeBaseDen;
    if (QFile::exists(path)) {
        m_error = QStringLiteral("%1 exists already").arg(path);
        return false;
    }
    const QByteArray file = QFile::encodeName(path);
    int ret = avformat_alloc_output_context2(&m_context, nullptr, "mp4", file.constData());
    if (ret < 0 || !m_context) {
        fail(QStringLiteral("no mp4 muxer"), ret);
        discard();
        return false;
    }
    m_stream = avformat_new_stream(m_context, nullptr);
    AVCodecParameters *par = m_stream->codecpar;
    par->codec_type = AVMEDIA_TYPE_VIDEO;
    par->codec_id = AV_CODEC_ID_H264;
    par->width = format.width;
    par->height = format.height;
    if (!format.extradata.isEmpty()) {
        par->extradata = static_cast<uint8_t *>(
            av_mallocz(size_t(format.extradata.size()) + AV_INPUT_BUFFER_PADDING_SIZE));
        std::memcpy(par->extradata, format.extradata.constData(), size_t(format.extradata.size()));
        par->extradata_size = int(format.extradata.size());
    }
    m_stream->time_base = AVRational{format.timeBaseNum, format.timeBaseDen};
    ret = avio_open(&m_context->pb, file.constData(), AVIO_FLAG_WRITE);
    if (ret < 0) {
        fail(QStringLiteral("cannot create the file"), ret);
        discard();
        return false;
    }
    AVDictionary *options = nullptr;
    av_dict_set(&options, "movflags", "frag_keyframe+empty_moov+default_base_moof", 0);
    ret = avformat_write_header(m_context, &options);
    av_dict_free(&options);
    if (ret < 0) {
        fail(QStringLiteral("cannot write the header"), ret);
        discard();
        QFile::remove(path); // nothing playable in it
        return false;
    }
    avio_flush(m_context->pb);
    return true;
}

bool ClipWriter::write(const EncodedPacket &packet)
{
    if (!m_context)
        return false;
    if (m_firstPts < 0) {
        if (!packet.isKey()) {
            m_error = QStringLiteral("a clip must start with a keyframe");
            return false;
        }
        m_firstPts = packet.pts();
    }
    AVPacket *p = av_packet_clone(packet.get());
    if (!p) {
        m_error = QStringLiteral("out of memory");
        return false;
    }
    // No B-frames: decoding order is presentation order, dts = pts.
    p->pts = packet.pts() - m_firstPts;
    p->dts = p->pts;
    if (p->duration <= 0)
        p->duration = 1; // one frame period in the encoder's time base
    p->stream_index = m_stream->index;
    av_packet_rescale_ts(p, AVRational{m_timeBaseNum, m_timeBaseDen}, m_stream->time_base);
    const int size = p->size;
    const bool key = packet.isKey();
    const int ret = av_write_frame(m_context, p);
    av_packet_free(&p);
    if (ret < 0) {
        fail(QStringLiteral("cannot write"), ret);
        return false;
    }
    // The muxer has just written the previous fragment: hand it to the
    // kernel now, not when its buffer fills.
    if (key) {
        avio_flush(m_context->pb);
        if (m_context->pb->error < 0) {
            fail(QStringLiteral("cannot write"), m_context->pb->error);
            return false;
        }
    }
    m_lastPts = packet.pts();
    ++m_packets;
    m_bytes += size;
    return true;
}

bool ClipWriter::close()
{
    if (!m_context)
        return true;
    if (m_context->pb) {
        const bool before = m_failed;
        const int ret = av_write_trailer(m_context);
        if (ret < 0 && !before)
            fail(QStringLiteral("cannot finish the file"), ret);
        else if (m_context->pb->error < 0 && !before)
            fail(QStringLiteral("cannot finish the file"), m_context->pb->error);
        avio_closep(&m_context->pb);
    }
    const bool ok = !m_failed;
    avformat_free_context(m_context);
    m_context = nullptr;
    m_stream = nullptr;
    return ok;
}

void ClipWriter::discard()
{
    // No trailer: the header was never written.
    if (m_context)
        avio_closep(&m_context->pb);
    avformat_free_context(m_context);
    m_context = nullptr;
    m_stream = nullptr;
}

qint64 ClipWriter::bytes() const
{
    return m_bytes;
}

double ClipWriter::seconds() const
{
    if (m_firstPts < 0)
        return 0;
    return double(m_lastPts - m_firstPts + 1) * m_timeBaseNum / m_timeBaseDen;
}

void ClipWriter::fail(const QString &what, int error)
{
    m_failed = true;
    m_error = error < 0 ? QStringLiteral("%1: %2").arg(what, AvError::text(error)) : what;
}
