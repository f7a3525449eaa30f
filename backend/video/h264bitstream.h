// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

#include <QByteArray>
#include <QList>

// Just enough of H.264 Annex B to check what the encoder produced: NAL unit
// types, whether parameter sets precede a keyframe, and the SPS profile.
namespace H264Bitstream {

enum NalType { Slice = 1, Idr = 5, Sei = 6, Sps = 7, Pps = 8, Aud = 9 };

struct Nal
{
    int type = 0;
    int offset = 0; // of the first byte after the start code
    int size = 0;
};

QList<Nal> nalUnits(const uint8_t *data, int size);
bool contains(const uint8_t *data, int size, NalType type);
// profile_idc of the first SPS (66 = baseline), or -1.
int profileIdc(const uint8_t *data, int size);
// constraint_set1_flag of the first SPS (set for constrained baseline), or false.
bool constrained(const uint8_t *data, int size);

} // namespace H264Bitstream
