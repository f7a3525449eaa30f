// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

class PacketInbox;

namespace TestSupport {

// Hands inbox up to `wanted` packets of the real H.264 encoder (libx264,
// 160x120 at 15 fps, flat grey pictures), as the stream thread would: the
// first is a keyframe, so a recorder in continuous mode opens a segment.
// Returns how many it handed over (0: the encoder did not open).
int feedEncodedPackets(PacketInbox &inbox, int wanted);

} // namespace TestSupport
