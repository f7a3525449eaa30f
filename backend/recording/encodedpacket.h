// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QByteArray>

#include <memory>

struct AVCodecContext;
struct AVPacket;

// What a clip file needs to know of the encoder's stream: picture size, time
// base and the SPS/PPS (extradata). One per encoder that opened; packets
// point at theirs, so a new encoder is seen as a new format.
struct StreamFormat
{
    int width = 0;
    int height = 0;
    int timeBaseNum = 1;
    int timeBaseDen = 30;
    QByteArray extradata;

    static std::shared_ptr<const StreamFormat> of(const AVCodecContext *context);
    // Seconds as ticks of the time base.
    qint64 ticks(double seconds) const;
};

// One encoded H.264 packet, shared without copying its data (a reference to
// the encoder's buffer), with the format it belongs to.
class EncodedPacket
{
public:
    EncodedPacket() = default;
    static EncodedPacket reference(const AVPacket *packet,
                                   std::shared_ptr<const StreamFormat> format);

    bool isNull() const { return !m_packet; }
    const AVPacket *get() const { return m_packet.get(); }
    qint64 pts() const;
    bool isKey() const;
    int size() const;
    const std::shared_ptr<const StreamFormat> &format() const { return m_format; }

private:
    std::shared_ptr<AVPacket> m_packet;
    std::shared_ptr<const StreamFormat> m_format;
};
