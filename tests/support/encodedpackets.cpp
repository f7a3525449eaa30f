// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#include "encodedpackets.h"

#include "recording/packetinbox.h"
#include "video/frame.h"
#include "video/h264encoder.h"

#include <cstring>

namespace TestSupport {

int feedEncodedPackets(PacketInbox &inbox, int wanted)
{
    H264Encoder encoder;
    H264Encoder::Config config;
    config.encoder = QStringLiteral("libx264");
    config.width = 160;
    config.height = 120;
    config.fps = 15;
    config.keyframeInterval = 1.0;
    if (!encoder.open(config))
        return 0;
    inbox.encoderOpened(encoder.context());
    int packets = 0;
    // The encoder holds a few pictures back before its first packet.
    for (int i = 0; i < 30 && packets < wanted; ++i) {
        Frame f = Frame::allocate(160, 120);
        for (int plane = 0; plane < Frame::PlaneCount; ++plane)
            std::memset(f.mutablePlane(plane), 100 + i,
                        size_t(f.stride(plane)) * f.planeHeight(plane));
        f.setTimestampNs(qint64(i) * 1000000000 / 15);
        encoder.encode(f, false, [&](AVPacket *packet) {
            inbox.packetEncoded(packet);
            ++packets;
            return true;
        });
    }
    return packets;
}

} // namespace TestSupport
