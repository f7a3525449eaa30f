// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include "frame.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <functional>

struct AVCodecContext;
struct AVFrame;
struct AVPacket;

// H.264 for MediaMTX and browsers: no B-frames, baseline profile, 4:2:0,
// a keyframe every keyframe interval, SPS/PPS both in the header (for the
// SDP) and in-band before every keyframe. libx264 or the Pi's V4L2 M2M
// hardware encoder; `auto` tries the hardware first.
class H264Encoder
{
public:
    struct Config
    {
        QString encoder = QStringLiteral("auto"); // auto, libx264, h264_v4l2m2m
        int width = 1280;
        int height = 720;
        int fps = 30;
        int bitrate = 1000000;
        double keyframeInterval = 1.0; // seconds
    };
    // Receives each packet in decoding order; returns false to stop.
    using PacketSink = std::function<bool(AVPacket *)>;

    H264Encoder();
    ~H264Encoder();
    H264Encoder(const H264Encoder &) = delete;
    H264Encoder &operator=(const H264Encoder &) = delete;

    bool open(const Config &config);
    void close();
    bool isOpen() const { return m_context != nullptr; }

    // Encodes one frame (same size as configured); a forced keyframe is an IDR.
    bool encode(const Frame &frame, bool forceKeyframe, const PacketSink &sink);

    const AVCodecContext *context() const { return m_context; }
    // SPS and PPS in Annex B, for the SDP.
    QByteArray parameterSets() const;
    QString name() const { return m_name; }
    QString description() const;
    int gopSize() const;
    QString error() const { return m_error; }
    // The capture timestamp of the frame a packet (from the sink) encodes,
    // or 0 when it is not known.
    qint64 captureTimestampNs(const AVPacket *packet) const;

private:
    bool openCodec(const QString &name);

    Config m_config;
    AVCodecContext *m_context = nullptr;
    AVPacket *m_packet = nullptr;
    QString m_name;
    QString m_error;
    qint64 m_firstTimestampNs = -1;
    qint64 m_lastPts = -1;
    // Recent frames' pts and capture timestamps (an encoder may hold a few).
    std::deque<std::pair<qint64, qint64>> m_captureTimes;
};
