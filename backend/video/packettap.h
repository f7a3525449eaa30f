// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

struct AVCodecContext;
struct AVPacket;

// A second consumer of the stream encoder's packets (the recorder): called
// on the stream thread, in decoding order, before the packet goes to the
// network. Implementations must return at once, whatever the disk does:
// they copy a reference and queue it, or drop it and count.
class PacketTap
{
public:
    virtual ~PacketTap() = default;
    // Whether anyone takes packets now (any thread): without a session and
    // without a taker, the stream thread does not encode at all.
    virtual bool wantsPackets() const = 0;
    // A new encoder opened (first start, new picture size): the packets that
    // follow belong to it. Its parameters are read during the call only.
    virtual void encoderOpened(const AVCodecContext *context) = 0;
    virtual void packetEncoded(const AVPacket *packet) = 0;
};
