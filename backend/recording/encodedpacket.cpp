// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "encodedpacket.h"

extern "C" {
#include <libavcodec/avcodec.h>
}

#include <cmath>

std::shared_ptr<const StreamFormat> StreamFormat::of(const AVCodecContext *context)
{
    auto f = std::make_shared<StreamFormat>();
    f->width = context->width;
    f->height = context->height;
    f->timeBaseNum = context->time_base.num;
    f->timeBaseDen = context->time_base.den;
    if (context->extradata && context->extradata_size > 0)
        f->extradata =
            QByteArray(reinterpret_cast<const char *>(context->extradata), context->extradata_size);
    return f;
}

qint64 StreamFormat::ticks(double seconds) const
{
    return std::llround(seconds * timeBaseDen / timeBaseNum);
}

EncodedPacket EncodedPacket::reference(const AVPacket *packet,
                                       std::shared_ptr<const StreamFormat> format)
{
    EncodedPacket p;
    // av_packet_clone adds a reference to a counted buffer (the encoder's
    // packets are), so the data is not copied.
    AVPacket *clone = av_packet_clone(packet);
    if (!clone)
        return p;
    p.m_packet = std::shared_ptr<AVPacket>(clone, [](AVPacket *pk) { av_packet_free(&pk); });
    p.m_format = std::move(format);
    return p;
}

qint64 EncodedPacket::pts() const
{
    return m_packet->pts != AV_NOPTS_VALUE ? m_packet->pts : m_packet->dts;
}

bool EncodedPacket::isKey() const
{
    return m_packet->flags & AV_PKT_FLAG_KEY;
}

int EncodedPacket::size() const
{
    return m_packet->size;
}
